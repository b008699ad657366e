package be.buurtwijzer.plugin.testkit;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.files.FileKind;
import be.buurtwijzer.plugin.api.files.FileStore;
import be.buurtwijzer.plugin.api.files.StoredFile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The files of one test municipality, in memory. The platform judges a file by its content; this store takes
 * the type from the name's extension (enough to test an instrument's own logic) and keeps its other limits: the
 * kind must be declared, the size within its maximum, the type one it accepts.
 */
public final class InMemoryFiles implements FileStore {

    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg", "png",
            "image/png", "gif", "image/gif", "mp3", "audio/mpeg", "mp4", "video/mp4", "pdf", "application/pdf");

    private record File(StoredFile file, byte[] content) {
    }

    private final Instrument instrument;
    private final Map<String, File> files = new LinkedHashMap<>();

    InMemoryFiles(Instrument instrument) {
        this.instrument = instrument;
    }

    @Override
    public synchronized Optional<StoredFile> find(String id) {
        return Optional.ofNullable(files.get(id)).map(File::file);
    }

    @Override
    public synchronized Optional<byte[]> content(String id) {
        return Optional.ofNullable(files.get(id)).map(f -> f.content().clone());
    }

    @Override
    public synchronized Optional<byte[]> thumbnail(String id) {
        return find(id).filter(StoredFile::hasThumbnail).flatMap(f -> content(id));
    }

    @Override
    public synchronized StoredFile store(String kind, String fileName, byte[] content) {
        FileKind declared = instrument.fileKinds().stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the instrument declares no file kind '" + kind + "'"));
        String extension = fileName == null || !fileName.contains(".") ? "" : fileName.substring(fileName.lastIndexOf('.')
                + 1).toLowerCase(java.util.Locale.ROOT);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        if (content == null || content.length == 0 || content.length > declared.maxBytes()) {
            throw InstrumentException.invalid("file", "the file is empty or larger than " + declared.maxBytes() + " bytes");
        }
        if (!declared.mediaTypes().contains(type)) {
            throw InstrumentException.invalid("file", "the file's content is " + type + ", which is not accepted here");
        }
        StoredFile file = new StoredFile(UUID.randomUUID().toString(), kind, fileName, type, content.length, "",
                type.startsWith("image/"), Instant.now());
        files.put(file.id(), new File(file, content.clone()));
        return file;
    }

    @Override
    public synchronized boolean delete(String id) {
        return files.remove(id) != null;
    }

    public synchronized int count() {
        return files.size();
    }
}
