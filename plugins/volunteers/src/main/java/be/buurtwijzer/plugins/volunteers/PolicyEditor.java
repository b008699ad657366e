package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.volunteers.Payloads.PolicyDetails;
import be.buurtwijzer.plugins.volunteers.domain.PolicyRules;
import be.buurtwijzer.plugins.volunteers.domain.PolicyTemplate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The policy, section by section: each question with the seed's explanation, the completeness check, saving
 * (a draft, or the next version after an approved one) and, for the tenant administrator, approval.
 */
class PolicyEditor extends VerticalLayout {

    final Map<String, TextArea> answers = new LinkedHashMap<>();
    final Paragraph status = new Paragraph();
    final Paragraph result = new Paragraph();
    final Button save = new Button();
    final Button approve = new Button();
    private final InstrumentContext context;
    private PolicyDetails shown;

    PolicyEditor(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        boolean writes = context.user().has(VolunteersInstrument.POLICY_WRITE);
        status.getElement().setAttribute("aria-live", "polite");
        result.getElement().setAttribute("role", "status");
        add(status);
        for (PolicyTemplate.Section section : PolicyTemplate.SECTIONS) {
            add(new H3(context.text(section.title())), new Paragraph(context.text(section.explanation())));
            for (PolicyTemplate.Question q : section.questions()) {
                TextArea area = new TextArea(context.text(q.text()));
                area.setId("policy-" + q.id().replace('.', '-'));
                area.setWidthFull();
                area.setMaxLength(PolicyRules.MAX_ANSWER);
                area.setReadOnly(!writes);
                answers.put(q.id(), area);
                add(area);
            }
        }
        save.setText(context.text("Beleid bewaren", "Save the policy"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        approve.setText(context.text("Deze versie goedkeuren", "Approve this version"));
        approve.addClickListener(e -> approve());
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "1rem").set("align-items", "baseline").set("position", "sticky").set("bottom", "0")
                .set("background", "var(--lumo-base-color)").set("padding", "0.5rem 0");
        if (writes) {
            actions.add(save);
        }
        if (context.user().has(VolunteersInstrument.APPROVE)) {
            actions.add(approve);
        }
        actions.add(download("Organisatienota (PDF)", "Organisation note (PDF)", "organisation-note-pdf"),
                download("Organisatienota (DOCX)", "Organisation note (DOCX)", "organisation-note-docx"));
        add(actions, result);
        show((PolicyDetails) context.call("policy", new Payloads.PolicyRequest(null)));
    }

    private Anchor download(String nl, String en, String export) {
        String name = export.endsWith("pdf") ? "organisatienota.pdf" : "organisatienota.docx";
        Anchor link = new Anchor(be.buurtwijzer.plugin.ui.Downloads.of(name, export.endsWith("pdf") ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", () -> export.endsWith("pdf")
                ? new OrganisationNote(context).pdf() : new OrganisationNote(context).docx()), context.text(nl, en));
        link.getElement().setAttribute("download", name);
        return link;
    }

    void show(PolicyDetails view) {
        shown = view;
        answers.forEach((id, area) -> {
            area.setValue(view.answers().getOrDefault(id, ""));
            area.setInvalid(false);
        });
        boolean english = "en".equals(context.locale().getLanguage());
        String state = view.approved()
                ? format(english ? "Version {0} is approved and frozen; saving starts version {1}."
                        : "Versie {0} is goedgekeurd en ligt vast; bewaren begint versie {1}.", view.version(),
                        view.version() + 1)
                : format(english ? "Version {0} is a draft: {1,choice,0#every question is answered|1#1 question is "
                        + "still open|1<{1} questions are still open}." : "Versie {0} is een ontwerp: {1,choice,0#alle "
                        + "vragen zijn beantwoord|1#1 vraag staat nog open|1<{1} vragen staan nog open}.", view.version(),
                        view.open().size());
        if (view.approvedVersion() != null && !view.approved()) {
            state += " " + format(english ? "Version {0} is the approved one." : "Versie {0} is de goedgekeurde.",
                    view.approvedVersion());
        }
        status.setText(state);
        approve.setEnabled(!view.approved() && view.open().isEmpty() && view.id() != null);
    }

    private String format(String pattern, Object... values) {
        return new MessageFormat(pattern, context.locale()).format(values);
    }

    private void save() {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((id, area) -> given.put(id, area.getValue()));
        try {
            show((PolicyDetails) context.call("save-policy", new Payloads.PolicyAnswers(given,
                    shown.approved() ? null : shown.recordVersion())));
            result.setText(context.text("Bewaard.", "Saved."));
        } catch (InstrumentException refused) {
            result.setText(refused.getMessage());
        }
    }

    private void approve() {
        try {
            show((PolicyDetails) context.call("approve-policy", new Payloads.Approval(shown.version())));
            result.setText(context.text("Goedgekeurd: deze versie ligt nu vast.",
                    "Approved: this version is now frozen."));
        } catch (InstrumentException refused) {
            result.setText(refused.getMessage());
        }
    }
}
