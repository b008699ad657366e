package be.buurtwijzer.plugins.support;

import be.buurtwijzer.plugin.ui.Downloads;
import com.vaadin.flow.component.html.Anchor;
import java.util.function.Supplier;

/** A link that downloads what {@code content} makes when it is clicked, under this file name. */
public final class DownloadLink {

    private DownloadLink() {
    }

    public static Anchor of(String label, String fileName, String mediaType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(Downloads.of(fileName, mediaType, content), label);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
