package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The partner scan "Zoek vonken en vuur" (seed 003) of one actor: the ten questions, answered in a dialog; a scan
 * of the same partner in another web can be taken over. Keeping the answers puts them in the actor's row and is a
 * {@link KeepEvent}: they are stored with the web.
 */
final class PartnerScanDialog extends Dialog {

    /** Someone keeps the answers (in the actor's row, not yet stored). */
    static final class KeepEvent extends ComponentEvent<PartnerScanDialog> {

        KeepEvent(PartnerScanDialog source) {
            super(source, false);
        }
    }

    /** @param earlier the partner's latest scan in another web, to take over; null when not offered */
    PartnerScanDialog(InstrumentContext context, ActorRow row, Payloads.PartnerScanDetails earlier, boolean canEdit) {
        setHeaderTitle(context.text("Partnerscan ‘Zoek vonken en vuur’: ",
                "Partner scan ‘Look for sparks and fire’: ")
                + row.name);
        VerticalLayout questions = new VerticalLayout();
        Map<ScanQuestion, TextArea> answers = new EnumMap<>(ScanQuestion.class);
        for (ScanQuestion q : ScanQuestion.values()) {
            TextArea answer = new TextArea(context.text(q.question()));
            answer.setWidthFull();
            answer.setMaxLength(4000);
            answer.setValue(row.scan.getOrDefault(q, ""));
            answer.setReadOnly(!canEdit);
            answers.put(q, answer);
            questions.add(answer);
        }
        if (earlier != null && earlier.webId() != null) {
            Button reuse = new Button(context.text("Scan overnemen uit ‘", "Reuse the scan from ‘")
                    + earlier.webName() + "’",
                    click -> earlier.scan().forEach((q, a) -> answers.get(q).setValue(a)));
            reuse.setId("spiderweb-reuse-scan");
            questions.addComponentAsFirst(new Paragraph(context.text("Deze partner werd al gescand in ‘",
                    "This partner was "
                    + "already scanned in ‘") + earlier.webName() + "’."));
            questions.addComponentAtIndex(1, reuse);
        }
        add(questions);
        Button keep = new Button(context.text("Overnemen", "Keep"), click -> {
            Map<ScanQuestion, String> typed = new EnumMap<>(ScanQuestion.class);
            answers.forEach((q, a) -> typed.put(q, a.getValue()));
            row.scan.clear();
            row.scan.putAll(ScanQuestion.answered(typed));
            close();
            fireEvent(new KeepEvent(this));
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setVisible(canEdit);
        getFooter().add(new Button(context.text("Sluiten", "Close"), click -> close()), keep);
        setWidth("min(900px, 95vw)");
    }

    Registration addKeepListener(ComponentEventListener<KeepEvent> listener) {
        return addListener(KeepEvent.class, listener);
    }
}
