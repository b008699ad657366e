package be.buurtwijzer.rest.errors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses bodies over {@value #LIMIT} bytes, whether announced by Content-Length or streamed. */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    public static final long LIMIT = 256 * 1024;
    /** Plugin uploads are jars, larger than any JSON body; the publishing service checks its own limit. */
    public static final long UPLOAD_LIMIT = 32L * 1024 * 1024;
    /** A municipality archive to import: written to a temporary file as it arrives, never held in memory. */
    public static final long ARCHIVE_LIMIT = 2L * 1024 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = isArchive(request) ? ARCHIVE_LIMIT : isLogo(request) ? LOGO_LIMIT : isUpload(request) ? UPLOAD_LIMIT
                : LIMIT;
        if (request.getLength() > limit) {
            request.abortWith(Problem.of(413, "Content Too Large", new BodyTooLargeException(limit).getMessage(),
                    null, null).toResponse());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    /** Only the publisher's upload route (jars) and instruments' file uploads take large bodies: exact paths and method. */
    static boolean isUpload(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return "POST".equals(request.getMethod()) && (UPLOAD_PATH.equals(path) || FILE_PATH.matcher(path).matches());
    }

    static final String UPLOAD_PATH = "v1/publisher/releases";

    /** An instrument's file upload (a photo, a recording); the file kind and the platform limit it further. */
    static final java.util.regex.Pattern FILE_PATH = java.util.regex.Pattern.compile(
            "v1/tenants/[a-z0-9-]+/instruments/[a-z0-9-]+/files/[a-z0-9-]+");

    /** A municipality's logo: the service's own limit (2 MB) and a little room, never read further. */
    public static final long LOGO_LIMIT = 2L * 1024 * 1024 + 64 * 1024;

    static boolean isLogo(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return "POST".equals(request.getMethod()) && LOGO_PATH.matcher(path).matches();
    }

    static final java.util.regex.Pattern LOGO_PATH = java.util.regex.Pattern.compile(
            "v1/tenants/[a-z0-9-]+/identity/logo");

    static boolean isArchive(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return "POST".equals(request.getMethod()) && "v1/admin/tenants/import".equals(path);
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
