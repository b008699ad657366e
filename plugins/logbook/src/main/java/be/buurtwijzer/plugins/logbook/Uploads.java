package be.buurtwijzer.plugins.logbook;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/** An upload kept in memory that the server itself stops at a size, whatever the browser was told. */
final class Uploads {

    private Uploads() {
    }

    static UploadHandler inMemory(long maxBytes, InMemoryUploadCallback callback) {
        return new InMemoryUploadHandler(callback) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + 64 * 1024;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
    }
}
