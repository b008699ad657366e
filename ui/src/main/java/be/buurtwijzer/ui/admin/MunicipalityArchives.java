package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.admin.TenantDetails;
import be.buurtwijzer.core.application.lifecycle.ExportTicket;
import be.buurtwijzer.core.application.lifecycle.ImportResult;
import be.buurtwijzer.core.application.lifecycle.TenantArchiveService;
import be.buurtwijzer.core.application.lifecycle.TenantDeletionService;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Confirm;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.File;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * A municipality's life cycle in the workspace: export (a streamed download), import (upload an
 * archive, a new slug and name, the clear refusal), scheduled deletion with a confirmation naming
 * the municipality and the day it will be gone, and restore. The services check the rights.
 */
@Dependent
public class MunicipalityArchives {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

    private final TenantArchiveService archives;
    private final TenantDeletionService deletions;

    @Inject
    public MunicipalityArchives(TenantArchiveService archives, TenantDeletionService deletions) {
        this.archives = archives;
        this.deletions = deletions;
    }

    /** The state of a municipality in the grid, in the user's language. */
    static String state(Component owner, TenantDetails tenant) {
        return switch (tenant.status()) {
            case ACTIVE -> owner.getTranslation("municipality.active");
            case SUSPENDED -> owner.getTranslation("municipality.suspended");
            case CLOSED -> owner.getTranslation("municipality.closed", DATE.format(tenant.deletionDueAt()));
        };
    }

    /** A link that streams the archive of a municipality when clicked (the ticket is checked at that moment). */
    Anchor exportLink(Component owner, String label, Function<Caller, ExportTicket> ticket) {
        Caller caller = UiSession.requireCaller();
        DownloadHandler handler = event -> {
            ExportTicket checked;
            try {
                checked = ticket.apply(caller);
            } catch (ApplicationException e) {
                event.getResponse().setStatus(403);
                return;
            }
            event.setFileName(checked.fileName(LocalDate.now(Clock.system(ZONE))));
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                archives.write(checked, out);
            }
        };
        Anchor link = new Anchor(handler, label);
        link.getElement().setAttribute("download", true);
        return link;
    }

    ExportTicket exportOwnTicket(Caller caller, String slug) {
        return archives.exportOwn(caller, slug);
    }

    /** The platform administrator's actions on one municipality: export, and delete or restore. */
    Component actions(Component owner, TenantDetails tenant, Button toggle, Paragraph result, Runnable refresh) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        Anchor export = exportLink(owner, owner.getTranslation("municipality.export"),
                caller -> archives.exportAsPlatform(caller, tenant.slug()));
        export.getElement().setAttribute("aria-label", owner.getTranslation("municipality.export") + ": " + tenant.name());
        if (tenant.status() == TenantStatus.CLOSED) {
            Button restore = new Button(owner.getTranslation("municipality.restore"), click -> {
                try {
                    deletions.restore(UiSession.requireCaller(), tenant.slug());
                    result.setText(owner.getTranslation("municipality.restored", tenant.name()));
                } catch (ApplicationException e) {
                    result.setText(Messages.of(owner, e));
                }
                refresh.run();
            });
            restore.setAriaLabel(restore.getText() + ": " + tenant.name());
            actions.add(export, restore);
        } else {
            Button delete = new Button(owner.getTranslation("municipality.delete"), click -> {
                String gone = DATE.format(Instant.now().plus(deletions.grace()));
                Confirm.ask(owner, owner.getTranslation("municipality.delete.confirm", tenant.name(), gone), () -> {
                    try {
                        TenantDetails scheduled = deletions.schedule(UiSession.requireCaller(), tenant.slug());
                        result.setText(owner.getTranslation("municipality.deletion.scheduled", tenant.name(),
                                DATE.format(scheduled.deletionDueAt())));
                    } catch (ApplicationException e) {
                        result.setText(Messages.of(owner, e));
                    }
                    refresh.run();
                });
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(delete.getText() + ": " + tenant.name());
            actions.add(toggle, export, delete);
        }
        return actions;
    }

    /** The import form: an upload (with its progress), a new slug and name, and the outcome or the refusal. */
    Component importForm(Component owner, Runnable refresh) {
        UI ui = UI.getCurrent();
        Paragraph outcome = new Paragraph();
        outcome.setId("import-result");
        outcome.getElement().setAttribute("aria-live", "polite");
        TextField slug = new TextField(owner.getTranslation("municipality.slug"));
        slug.setId("import-slug");
        slug.setHelperText(owner.getTranslation("municipality.slug.help"));
        TextField name = new TextField(owner.getTranslation("field.name"));
        name.setId("import-name");
        ProgressBar busy = new ProgressBar();
        busy.setIndeterminate(true);
        busy.setVisible(false);
        File[] received = new File[1];
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> {
            received[0] = file;
            outcome.setText(owner.getTranslation("municipality.import.received", metadata.fileName(), file.length()));
        })));
        upload.setId("archive-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        Button start = new Button(owner.getTranslation("municipality.import.start"));
        start.setId("import-municipality");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            slug.setInvalid(false);
            name.setInvalid(false);
            if (received[0] == null) {
                outcome.setText(owner.getTranslation("municipality.import.none"));
                return;
            }
            busy.setVisible(true);
            outcome.setText(owner.getTranslation("municipality.import.busy"));
            try {
                ImportResult imported = archives.importArchive(UiSession.requireCaller(), received[0].toPath(),
                        slug.getValue(), name.getValue().isBlank() ? null : name.getValue());
                long rows = imported.rows().values().stream().mapToLong(Long::longValue).sum();
                outcome.setText(owner.getTranslation("municipality.imported", imported.name(), imported.sourceSlug(), rows,
                        imported.createdAccounts().isEmpty() ? owner.getTranslation("municipality.import.noaccounts")
                                : String.join(", ", imported.createdAccounts())));
                received[0].delete();
                received[0] = null;
                upload.clearFileList();
                refresh.run();
            } catch (be.buurtwijzer.core.application.shared.InvalidInputException e) {
                Messages.showAtFields(owner, java.util.Map.of("slug", slug, "name", name), e);
                outcome.setText(Messages.of(owner, e));
            } catch (ApplicationException e) {
                outcome.setText(Messages.of(owner, e));
            } finally {
                busy.setVisible(false);
            }
        });
        Paragraph help = new Paragraph(owner.getTranslation("municipality.import.help"));
        return new Div(new H2(owner.getTranslation("municipality.import")), help, upload,
                new FormLayout(slug, name), start, busy, outcome);
    }
}
