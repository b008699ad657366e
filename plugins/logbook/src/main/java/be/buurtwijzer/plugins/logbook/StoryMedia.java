package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a story brings beside its text: a photo, drawing or recording (stored through the platform, which checks
 * it), what it shows in words, who can be recognised on it with their consent, and the outcomes of the theory of
 * change the story shows evidence of (outcome harvesting).
 */
class StoryMedia extends FormLayout {

    /** An outcome of a theory, as a story is tagged with it. */
    record OutcomeTag(String tag, String label) {
    }

    final MultiSelectComboBox<OutcomeTag> outcomes = new MultiSelectComboBox<>();
    final Upload upload;
    final TextField alt = new TextField();
    final TextField recognisable = new TextField();
    final Checkbox consent = new Checkbox();
    final Paragraph status = new Paragraph();
    private final InstrumentContext context;
    private byte[] file;
    private String fileName;
    /** The upload once stored: a story refused and sent again does not store its file twice. */
    private String storedId;

    StoryMedia(InstrumentContext context) {
        this.context = context;
        outcomes.setLabel(context.text("Toont deze uitkomsten (niet verplicht)", "Shows these outcomes (optional)"));
        outcomes.setItemLabelGenerator(OutcomeTag::label);
        UI ui = UI.getCurrent();
        upload = new Upload(Uploads.inMemory(LogbookInstrument.MEDIA.maxBytes(), (metadata, bytes) -> ui.access(() -> {
            file = bytes;
            fileName = metadata.fileName();
            storedId = null;
            status.setText(context.text("Ontvangen: ", "Received: ") + fileName
                    + context.text(". Het wordt bewaard met het verhaal.",
                    ". It is kept with the story."));
        })));
        upload.setId("story-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) LogbookInstrument.MEDIA.maxBytes());
        upload.setAcceptedFileTypes(".jpg", ".jpeg", ".png", ".gif", ".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".mov",
                ".webm");
        if (!"en".equals(context.locale().getLanguage())) {
            upload.setI18n(dutch("Het bestand is groter dan 20 MB.", "Dit soort bestand wordt niet aanvaard: een foto, "
                    + "tekening, geluid of video."));
        }
        upload.getElement().setAttribute("aria-label", context.text("Foto, tekening, geluid of video (hoogstens 20 MB)",
                "Photo, drawing, audio or video (20 MB at most)"));
        alt.setId("story-alt");
        alt.setLabel(context.text("Wat is erop te zien of te horen?", "What can be seen or heard?"));
        alt.setHelperText(context.text("Voor wie het niet kan zien, en voor het verslag.",
                "For people who cannot see it, and for "
                + "the report."));
        alt.setMaxLength(500);
        recognisable.setId("story-recognisable");
        recognisable.setLabel(context.text("Wie is herkenbaar? (namen, met komma's)",
                "Who can be recognised? (names, with commas)"));
        consent.setId("story-consent");
        consent.setLabel(context.text("Wie herkenbaar is, gaf toestemming om de foto te bewaren en te gebruiken in verslagen.",
                "Whoever can be recognised consented to keeping the picture and using it in reports."));
        status.getElement().setAttribute("role", "status");
        add(outcomes, new Paragraph(context.text("Foto, tekening, geluid of video (niet verplicht, hoogstens 20 MB)",
                "Photo, drawing, audio or video (optional, 20 MB at most)")), upload, alt, recognisable, consent, status);
        setColspan(outcomes, 2);
        refresh();
    }

    /** The upload's own words in Dutch. */
    static com.vaadin.flow.component.upload.UploadI18N dutch(String tooBig, String wrongType) {
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne("Bestand kiezen…")
                .setMany("Bestanden kiezen…"));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles().setOne("Sleep een bestand hierheen")
                .setMany("Sleep bestanden hierheen"));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error().setTooManyFiles("Eén bestand tegelijk.")
                .setFileIsTooBig(tooBig).setIncorrectFileType(wrongType));
        i18n.setUploading(new com.vaadin.flow.component.upload.UploadI18N.Uploading()
                .setStatus(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Status().setConnecting("Verbinden…")
                        .setStalled("Gestopt").setProcessing("Verwerken…").setHeld("In de wachtrij"))
                .setRemainingTime(new com.vaadin.flow.component.upload.UploadI18N.Uploading.RemainingTime()
                        .setPrefix("nog ").setUnknown("resterende tijd onbekend"))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Error()
                        .setServerUnavailable("De server is niet bereikbaar.").setUnexpectedServerError(
                                "Het opladen mislukte.").setForbidden("Opladen is niet toegestaan.")));
        i18n.setUnits(new com.vaadin.flow.component.upload.UploadI18N.Units().setSize(java.util.List.of("B", "kB", "MB",
                "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }

    @SuppressWarnings("unchecked")
    void refresh() {
        List<OutcomeTag> tags = new ArrayList<>();
        for (Payloads.TheorySummary summary : (List<Payloads.TheorySummary>) context.call("theories",
                new Payloads.Nothing())) {
            Theory theory = ((Payloads.TheoryDetails) context.call("theory", new Payloads.TheoryRequest(summary.id(), null)))
                    .theory();
            theory.outcomes().forEach(o -> tags.add(new OutcomeTag(summary.id() + "/" + o.id(), theory.name() + ": "
                    + o.text())));
        }
        outcomes.setItems(tags);
    }

    boolean consentConfirmed() {
        return consent.getValue();
    }

    /**
     * The entry with the outcomes and the uploaded file (stored now, checked by the platform); null when the
     * attachment needs more before it can be kept (what it shows, the consent).
     */
    Entry complete(Entry entry) {
        alt.setInvalid(false);
        consent.setInvalid(false);
        List<String> tags = outcomes.getValue().stream().map(OutcomeTag::tag).toList();
        List<Entry.Attachment> attachments = new ArrayList<>();
        if (file != null) {
            if (alt.getValue().isBlank()) {
                alt.setErrorMessage(context.text("Zeg in woorden wat erop te zien of te horen is.",
                        "Say in words what can be seen "
                        + "or heard."));
                alt.setInvalid(true);
                return null;
            }
            List<String> names = Arrays.stream(recognisable.getValue().split(",")).map(String::strip)
                    .filter(n -> !n.isEmpty()).toList();
            if (!names.isEmpty() && !consent.getValue()) {
                consent.setErrorMessage(context.text("Zonder toestemming van wie herkenbaar is, wordt de foto niet bewaard.",
                        "Without the consent of whoever can be recognised, the picture is not kept."));
                consent.setInvalid(true);
                status.setText(consent.getErrorMessage());
                return null;
            }
            if (storedId == null) {
                storedId = context.files().store(RecordingService.MEDIA, fileName, file).id();
            }
            attachments.add(new Entry.Attachment(storedId, fileName, null, alt.getValue().strip(), names));
        }
        return new Entry(entry.date(), entry.title(), entry.text(), entry.type(), entry.count(), entry.indicator(), tags,
                attachments);
    }

    void refused(InstrumentException refused) {
        status.setText(refused.getMessage());
        if ("file".equals(refused.field())) {
            file = null;
            storedId = null;
            upload.clearFileList();
        }
    }

    void clear() {
        file = null;
        fileName = null;
        storedId = null;
        upload.clearFileList();
        alt.clear();
        recognisable.clear();
        consent.clear();
        consent.setInvalid(false);
        alt.setInvalid(false);
        outcomes.clear();
        status.setText("");
    }
}
