package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.Types;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** Activity packages, "Ontwar het bos" (seed 003): the six-step planner as an instrument. */
@Extension
public class PackagesInstrument implements Instrument {

    static final String READ = "packages.read";
    static final String EDIT = "packages.edit";
    static final String RECORDS = "packages.records";
    static final Text NAME = new Text("Activiteitenpakketten", "Activity packages");

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(NAME,
                new Text("Ontwar het bos: van de activiteiten die een uitdaging vraagt naar samenhangende pakketten, elk "
                        + "gedragen door een klein team op de juiste schaal, met de juiste partners, intensiteit en "
                        + "coördinatie. De tool stelt een verdeling voor en legt ze uit; jij beslist.",
                        "Untangle the forest: from the activities a challenge needs to coherent packages, each carried "
                                + "by a small team at the right scale, with the right partners, intensity and "
                                + "coordination. The tool proposes a division and explains it; you decide."),
                "vaadin:cluster", "collaboration",
                List.of(new PermissionSpec(READ, new Text("Planningen bekijken", "View plans"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR, MemberRole.PARTNER)),
                        new PermissionSpec(EDIT, new Text("Planningen bewerken", "Edit plans"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR)),
                        new PermissionSpec(RECORDS, new Text("Opgeslagen planningen rechtstreeks wijzigen",
                                "Change stored plans directly"), Set.of(MemberRole.TENANT_ADMIN))),
                1);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        // a plan names organisations of the register (partners) and counts people per partner, names no one
        return List.of(new RecordKind<>(PlannerService.PLAN, Documents.Plan.class, READ, RECORDS,
                PlannerService::checkStored).withPersonalData(be.buurtwijzer.plugin.api.privacy.PersonalData.none()));
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(
                new OperationSpec<>("save-plan", new Text("Planning bewaren", "Save a plan"), Payloads.PlanInput.class, Payloads.PlanDetails.class,
                        EDIT, (c, in) -> new PlannerService(c).save(in)),
                new OperationSpec<>("plan", new Text("Planning", "Plan"), Payloads.PlanRef.class, Payloads.PlanDetails.class, READ,
                        (c, in) -> new PlannerService(c).view(in.planId())),
                new OperationSpec<>("plans", new Text("Planningen", "Plans"), Payloads.None.class, Types.listOf(Payloads.PlanSummary.class), READ,
                        (c, in) -> new PlannerService(c).plans()),
                new OperationSpec<>("propose", new Text("Pakketten voorstellen", "Propose packages"),
                        Payloads.PlanRef.class, be.buurtwijzer.plugins.packages.domain.Division.class, READ, (c, in) -> new PlannerService(c).propose(in.planId())),
                new OperationSpec<>("apply-proposal", new Text("Voorstel overnemen", "Apply the proposal"),
                        Payloads.VersionedRef.class, Payloads.PlanDetails.class, EDIT, (c, in) -> new PlannerService(c).applyProposal(in)),
                new OperationSpec<>("propose-split", new Text("Splitsing voorstellen", "Propose a split"),
                        Payloads.SplitRequest.class, be.buurtwijzer.plugins.packages.domain.Division.class, READ, (c, in) -> new PlannerService(c).split(in)));
    }

    @Override
    public List<be.buurtwijzer.plugin.api.report.ReportFragmentSpec> reportFragments() {
        return PlanFragments.all();
    }

    @Override
    public List<ExportSpec> exports() {
        return List.of(
                new ExportSpec("plan-csv", new Text("Pakkettenplan (CSV)", "Package plan (CSV)"), "text/csv", "csv", READ,
                        (c, p) -> PlanExports.utf8(PlanExports.of(c, p).csv())),
                new ExportSpec("plan-xlsx", new Text("Pakkettenplan (Excel)", "Package plan (Excel)"), PlanExports.XLSX,
                        "xlsx", READ, (c, p) -> PlanExports.of(c, p).xlsx(c)),
                new ExportSpec("plan-pdf", new Text("Pakkettenplan (PDF)", "Package plan (PDF)"), "application/pdf",
                        "pdf", READ, (c, p) -> PlanExports.of(c, p).pdf()),
                new ExportSpec("graph-svg", new Text("Activiteitengraaf (SVG)", "Activity graph (SVG)"), "image/svg+xml",
                        "svg", READ, (c, p) -> PlanExports.utf8(PlanExports.of(c, p).svg())),
                new ExportSpec("graph-png", new Text("Activiteitengraaf (PNG)", "Activity graph (PNG)"), "image/png",
                        "png", READ, (c, p) -> PlanExports.of(c, p).png()));
    }

    @Override
    public Attention.Spec attention() {
        return new Attention.Spec(READ, context -> new PlannerService(context).attention());
    }
}
