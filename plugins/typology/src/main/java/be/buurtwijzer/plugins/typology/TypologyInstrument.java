package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.typology.domain.Portfolio;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/** The typology of caring initiatives (seed 003 §2, Tabel 1) as an instrument. */
@Extension
public class TypologyInstrument implements Instrument {

    static final String READ = "typology.read";
    static final String EDIT = "typology.edit";
    /** Raw writes of the stored documents bypass the method's checks, so only administrators may do them. */
    static final String RECORDS = "typology.records";

    static final Text NAME = new Text("Typologie van zorgzame initiatieven", "Typology of caring initiatives");

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(NAME,
                new Text("Herken de eigenheid en ideale schaal van je initiatieven: warme en zorgzame bureninitiatieven, "
                        + "zorgzame buurtinitiatieven of buurtgerichte zorginitiatieven (UCLL, Tabel 1). Met voorstel, "
                        + "uitleg, portfolio en waarschuwingen.",
                        "Recognise the nature and ideal scale of your initiatives: warm and caring neighbour initiatives, "
                                + "caring neighbourhood initiatives or neighbourhood-oriented care initiatives (UCLL, "
                                + "Table 1). With a proposal, its explanation, a portfolio and warnings."),
                "vaadin:sitemap", "analysis",
                List.of(new PermissionSpec(READ, new Text("Typologie bekijken", "View the typology"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR, MemberRole.PARTNER)),
                        new PermissionSpec(EDIT, new Text("Initiatieven typeren", "Classify initiatives"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR)),
                        new PermissionSpec(RECORDS, new Text("Opgeslagen typeringen rechtstreeks wijzigen",
                                "Change stored classifications directly"), Set.of(MemberRole.TENANT_ADMIN))),
                1);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>(TypologyService.PROFILE, Profile.class, READ, RECORDS, TypologyService::check)
                .withPersonalData(TypologyPrivacy.PROFILE));
    }

    @Override
    public be.buurtwijzer.plugin.api.privacy.PrivacyProvider privacy() {
        return new TypologyPrivacy();
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(
                new OperationSpec<>("save-answers", new Text("Antwoorden bewaren", "Save the answers"),
                        Payloads.AnswersInput.class, Payloads.ProfileDetails.class, EDIT, (c, in) -> new TypologyService(c).saveAnswers(in)),
                new OperationSpec<>("classify", new Text("Type voorstellen", "Propose a type"),
                        Payloads.InitiativeRef.class, Payloads.ProposalDetails.class, READ, (c, in) -> Payloads.ProposalDetails.of(in.initiativeId(),
                                new TypologyService(c).proposal(in.initiativeId()), c.locale())),
                new OperationSpec<>("decide", new Text("Voorstel aanvaarden of afwijken", "Accept or override"),
                        Payloads.Decision.class, Payloads.ProfileDetails.class, EDIT, (c, in) -> new TypologyService(c).decide(in)),
                new OperationSpec<>("profile", new Text("Typering van een initiatief", "An initiative's typology"),
                        Payloads.InitiativeRef.class, Payloads.ProfileDetails.class, READ, TypologyInstrument::profile),
                new OperationSpec<>("portfolio", new Text("Portfolio", "Portfolio"), Payloads.PortfolioRequest.class, be.buurtwijzer.plugins.typology.domain.Portfolio.class,
                        READ, (c, in) -> new TypologyService(c).portfolio(in.neighbourhoodId())));
    }

    private static Payloads.ProfileDetails profile(InstrumentContext context, Payloads.InitiativeRef ref) {
        TypologyService service = new TypologyService(context);
        service.initiative(ref.initiativeId());
        return service.profile(ref.initiativeId()).map(TypologyService::view)
                .orElseGet(() -> new Payloads.ProfileDetails(ref.initiativeId(), null, null, List.of()));
    }

    @Override
    public List<ExportSpec> exports() {
        return List.of(
                new ExportSpec("portfolio-csv", new Text("Portfolio als CSV", "Portfolio as CSV"), "text/csv", "csv", READ,
                        TypologyInstrument::csv),
                new ExportSpec("portfolio-xlsx", new Text("Portfolio als Excel (XLSX)", "Portfolio as Excel (XLSX)"),
                        XLSX, "xlsx", READ, TypologyInstrument::xlsx),
                new ExportSpec("portfolio-svg", new Text("Portfolio-overzicht (SVG)", "Portfolio overview (SVG)"),
                        "image/svg+xml", "svg", READ, TypologyInstrument::svg));
    }

    static final String XLSX = be.buurtwijzer.plugin.api.Csv.XLSX_MEDIA_TYPE;

    static byte[] xlsx(InstrumentContext context, Map<String, String> parameters) {
        TypologyService service = new TypologyService(context);
        Portfolio portfolio = service.portfolio(parameters.get("neighbourhoodId"));
        return context.spreadsheet(PortfolioDocuments.table(portfolio, context.locale(), service::neighbourhoodName),
                context.text("Portfolio", "Portfolio"));
    }

    static byte[] csv(InstrumentContext context, Map<String, String> parameters) {
        TypologyService service = new TypologyService(context);
        Portfolio portfolio = service.portfolio(parameters.get("neighbourhoodId"));
        return PortfolioDocuments.csv(portfolio, context.locale(), service::neighbourhoodName)
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] svg(InstrumentContext context, Map<String, String> parameters) {
        TypologyService service = new TypologyService(context);
        String neighbourhood = parameters.get("neighbourhoodId");
        Portfolio portfolio = service.portfolio(neighbourhood);
        String title = context.text("Portfolio", "Portfolio") + " — " + (neighbourhood == null
                || neighbourhood.isBlank() ? context.tenant().name() : service.neighbourhoodName(neighbourhood));
        return PortfolioDocuments.svg(portfolio, title, context.locale(), context.logo()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<be.buurtwijzer.plugin.api.report.ReportFragmentSpec> reportFragments() {
        return TypologyFragments.all();
    }

    @Override
    public Attention.Spec attention() {
        return new Attention.Spec(READ, context -> TypologyAttention.of(new TypologyService(context).portfolio(null)));
    }
}
