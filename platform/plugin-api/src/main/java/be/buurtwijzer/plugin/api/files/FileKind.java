package be.buurtwijzer.plugin.api.files;

import be.buurtwijzer.plugin.api.Text;
import java.util.Set;

/**
 * A kind of file an instrument keeps through the platform (since 1.4), e.g. the photos, drawings, audio and
 * video of a story. The platform stores the files per municipality, refuses one that is too large or whose
 * content is not one of {@code mediaTypes} (judged by its content, and it must be what its name claims),
 * takes location and camera data out of photos, and makes a thumbnail of a picture.
 *
 * @param maxBytes the largest file of this kind; the platform's own limit applies on top
 * @param mediaTypes the accepted media types, e.g. {@code image/jpeg}, {@code audio/mpeg}, {@code video/mp4}
 */
public record FileKind(String name, Text description, String readPermission, String writePermission, long maxBytes,
        Set<String> mediaTypes) {

    public FileKind {
        if (name == null || !name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || name.length() > 64) {
            throw new IllegalArgumentException("a file kind's name is lower-case words joined by hyphens");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("a file kind allows at least one byte");
        }
        mediaTypes = Set.copyOf(mediaTypes);
    }
}
