package be.buurtwijzer.plugin.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * Downloads from a plugin's view, e.g. {@code new Anchor(Downloads.of("web.svg", "image/svg+xml",
 * () -> svg), "Download")}: the content is made when the user clicks, in the user's session.
 */
public final class Downloads {

    private Downloads() {
    }

    public static DownloadHandler of(String fileName, String mediaType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        });
    }
}
