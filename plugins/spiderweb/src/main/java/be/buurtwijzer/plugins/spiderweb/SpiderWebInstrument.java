package be.buurtwijzer.plugins.spiderweb;

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

/** The ecosystem spider web (seed 003, "Ontwar de bomen", step 5 and the partner scan) as an instrument. */
@Extension
public class SpiderWebInstrument implements Instrument {

    static final String READ = "spiderweb.read";
    static final String EDIT = "spiderweb.edit";
    static final String RECORDS = "spiderweb.records";
    static final Text NAME = new Text("Ecosysteemspinnenweb", "Ecosystem spider web");

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(NAME,
                new Text("Breng het ecosysteem rond een uitdaging in beeld: wie werkt hoe intens samen, waar zitten vonken "
                        + "en vuur, welke factoren stimuleren of remmen. Met partnerscan, momentopnames en vergelijking.",
                        "Picture the ecosystem around a challenge: who collaborates how intensely, where are sparks and "
                                + "fire, which factors stimulate or inhibit. With partner scan, snapshots and comparison."),
                "vaadin:connect", "collaboration",
                List.of(new PermissionSpec(READ, new Text("Spinnenwebben bekijken", "View spider webs"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR, MemberRole.PARTNER)),
                        new PermissionSpec(EDIT, new Text("Spinnenwebben bewerken", "Edit spider webs"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR)),
                        new PermissionSpec(RECORDS, new Text("Opgeslagen webben rechtstreeks wijzigen",
                                "Change stored webs directly"), Set.of(MemberRole.TENANT_ADMIN))),
                1);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>(SpiderWebService.WEB, Documents.Web.class, READ, RECORDS,
                        SpiderWebService::checkWeb).withPersonalData(SpiderWebPrivacy.WEB),
                new RecordKind<>(SpiderWebService.SNAPSHOT, Documents.Snapshot.class, READ, RECORDS,
                        SpiderWebService::checkSnapshot).withPersonalData(SpiderWebPrivacy.SNAPSHOT),
                new RecordKind<>(SpiderWebService.FACTOR, Documents.CustomFactor.class, READ, RECORDS,
                        SpiderWebService::checkFactor).withPersonalData(
                                be.buurtwijzer.plugin.api.privacy.PersonalData.none()));
    }

    @Override
    public be.buurtwijzer.plugin.api.privacy.PrivacyProvider privacy() {
        return new SpiderWebPrivacy();
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(
                new OperationSpec<>("save-web", new Text("Spinnenweb bewaren", "Save a spider web"),
                        Payloads.WebInput.class, Payloads.WebDetails.class, EDIT, (c, in) -> new SpiderWebService(c).save(in)),
                new OperationSpec<>("web", new Text("Spinnenweb", "Spider web"), Payloads.WebRef.class, Payloads.WebDetails.class, READ,
                        (c, in) -> new SpiderWebService(c).view(in.webId())),
                new OperationSpec<>("webs", new Text("Spinnenwebben", "Spider webs"), Payloads.None.class, Types.listOf(Payloads.WebSummary.class), READ,
                        (c, in) -> new SpiderWebService(c).webs()),
                new OperationSpec<>("factors", new Text("Factoren", "Factors"), Payloads.None.class, Types.listOf(Payloads.FactorDetails.class), READ,
                        (c, in) -> new SpiderWebService(c).factors()),
                new OperationSpec<>("add-factor", new Text("Factor toevoegen", "Add a factor"),
                        Payloads.FactorInput.class, Payloads.FactorDetails.class, EDIT, (c, in) -> new SpiderWebService(c).addFactor(in)),
                new OperationSpec<>("snapshot", new Text("Momentopname nemen", "Take a snapshot"),
                        Payloads.SnapshotRequest.class, Payloads.SnapshotDetails.class, EDIT, (c, in) -> new SpiderWebService(c).snapshot(in)),
                new OperationSpec<>("snapshots", new Text("Momentopnames", "Snapshots"), Payloads.WebRef.class, Types.listOf(Payloads.SnapshotDetails.class), READ,
                        (c, in) -> new SpiderWebService(c).snapshots(in.webId())),
                new OperationSpec<>("partner-scan", new Text("Partnerscan van een partner", "A partner's scan"),
                        Payloads.PartnerScanRequest.class, Payloads.PartnerScanDetails.class, READ,
                        (c, in) -> new SpiderWebService(c).partnerScan(in)),
                new OperationSpec<>("compare", new Text("Momentopnames vergelijken", "Compare snapshots"),
                        Payloads.CompareRequest.class, Payloads.ComparisonDetails.class, READ, (c, in) -> new SpiderWebService(c).compare(in)));
    }

    @Override
    public List<be.buurtwijzer.plugin.api.report.ReportFragmentSpec> reportFragments() {
        return WebFragments.all();
    }

    @Override
    public List<ExportSpec> exports() {
        return List.of(
                new ExportSpec("web-svg", new Text("Spinnenweb (SVG)", "Spider web (SVG)"), "image/svg+xml", "svg", READ,
                        (c, p) -> WebPictures.utf8(WebPictures.of(c, p).webSvg())),
                new ExportSpec("web-png", new Text("Spinnenweb (PNG)", "Spider web (PNG)"), "image/png", "png", READ,
                        (c, p) -> WebPictures.of(c, p).webPng()),
                new ExportSpec("radar-svg", new Text("Factorradar (SVG)", "Factor radar (SVG)"), "image/svg+xml", "svg",
                        READ, (c, p) -> WebPictures.utf8(WebPictures.of(c, p).radarSvg())),
                new ExportSpec("radar-png", new Text("Factorradar (PNG)", "Factor radar (PNG)"), "image/png", "png", READ,
                        (c, p) -> WebPictures.of(c, p).radarPng()),
                new ExportSpec("web-csv", new Text("Spinnenweb als tabel (CSV)", "Spider web as a table (CSV)"),
                        "text/csv", "csv", READ, (c, p) -> WebPictures.utf8(WebPictures.of(c, p).csv())),
                new ExportSpec("web-xlsx", new Text("Spinnenweb als tabel (Excel)", "Spider web as a table (Excel)"),
                        WebPictures.XLSX, "xlsx", READ, (c, p) -> WebPictures.of(c, p).xlsx(c)),
                new ExportSpec("compare-svg", new Text("Vergelijking van momentopnames (SVG)",
                        "Comparison of snapshots (SVG)"), "image/svg+xml", "svg", READ,
                        (c, p) -> WebPictures.utf8(WebPictures.svg(WebPictures.comparison(c, p), c.logo()))),
                new ExportSpec("compare-png", new Text("Vergelijking van momentopnames (PNG)",
                        "Comparison of snapshots (PNG)"), "image/png", "png", READ,
                        (c, p) -> WebPictures.png(WebPictures.comparison(c, p), c.logo())));
    }

    @Override
    public Attention.Spec attention() {
        return new Attention.Spec(READ, context -> new SpiderWebService(context).attention());
    }
}
