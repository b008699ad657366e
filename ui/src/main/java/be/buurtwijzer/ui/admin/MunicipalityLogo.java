package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.admin.MunicipalityIdentity;
import be.buurtwijzer.core.application.shared.Caller;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** The municipality's logo as an image source, read with the rights of the person looking at it. */
public final class MunicipalityLogo {

    private MunicipalityLogo() {
    }

    public static DownloadHandler of(MunicipalityIdentity identity, Caller caller, String slug) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] png = identity.logo(caller, slug).orElse(new byte[0]);
            return new DownloadResponse(new ByteArrayInputStream(png), "logo.png", "image/png", png.length);
        });
    }
}
