package be.buurtwijzer.plugin.api.files;

import java.util.Optional;

/**
 * The files this instrument keeps in this municipality (since 1.4), of the kinds it declares in
 * {@link be.buurtwijzer.plugin.api.Instrument#fileKinds()}. People upload them through the platform's REST API or
 * a view's upload; the instrument refers to them by id in its records and reads them back here.
 */
public interface FileStore {

    Optional<StoredFile> find(String id);

    Optional<byte[]> content(String id);

    /** A small PNG of a picture, at most 320 pixels wide or high. */
    Optional<byte[]> thumbnail(String id);

    /**
     * Stores a file of one of the instrument's kinds with the same checks as an upload; throws
     * {@link be.buurtwijzer.plugin.api.InstrumentException} INVALID_INPUT on field {@code file} saying why not.
     * The kind's write permission is checked at that moment, in a view's context too (a view's upload stores the
     * file here, then refers to it in an operation).
     */
    StoredFile store(String kind, String fileName, byte[] content);

    boolean delete(String id);
}
