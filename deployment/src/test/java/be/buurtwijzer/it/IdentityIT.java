package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A municipality's logo and colour through the API, and the exports a Belgian office opens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theAdministratorSetsALegibleColourAndALogoThatMembersSeeAndOthersDoNot() throws Exception {
        Municipality m = Municipality.fresh("identity");
        Api.Reply first = m.asAdmin("GET", "identity", null);
        assertEquals(200, first.status(), first.toString());
        assertEquals(0, first.json().getInt("version"));

        Api.Reply light = m.asAdmin("PUT", "identity", object().add("colour", "#FFD700").add("version", 0).build());
        assertEquals(400, light.status(), "gold on white cannot be read: " + light);
        assertTrue(light.isProblem() && light.json().getString("detail").contains("contrast"), light.toString());
        Api.Reply wrong = m.asAdmin("PUT", "identity", object().add("colour", "blauw").add("version", 0).build());
        assertEquals(400, wrong.status(), wrong.toString());
        assertEquals(0, m.asAdmin("GET", "identity", null).json().getInt("version"), "nothing half saved");

        Api.Reply set = m.asAdmin("PUT", "identity", object().add("colour", "#1a5fa0").add("version", 0).build());
        assertEquals(200, set.status(), set.toString());
        assertEquals("#1A5FA0", set.json().getString("colour"));
        long version = set.json().getJsonNumber("version").longValue();

        Api.Bytes notAPicture = Api.bytes(m.admin(), m.adminPassword(), "POST", m.base() + "/identity/logo?version="
                + version, "image/png", "<svg onload=alert(1)>".getBytes());
        assertEquals(400, notAPicture.status(), new String(notAPicture.body()));
        Api.Bytes uploaded = Api.bytes(m.admin(), m.adminPassword(), "POST", m.base() + "/identity/logo?version="
                + version, "image/png", png(1200, 600));
        assertEquals(200, uploaded.status(), new String(uploaded.body()));
        Api.Bytes logo = Api.bytes(m.admin(), m.adminPassword(), "GET", m.base() + "/identity/logo", null, null);
        assertEquals(200, logo.status());
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(logo.body()));
        assertEquals(480, kept.getWidth(), "scaled down to fit 600 × 240");
        assertEquals(240, kept.getHeight());

        String partner = "partner@" + m.slug() + ".example";
        String password = m.member(partner, "PARTNER");
        assertEquals(200, Api.send(partner, password, "GET", m.base() + "/identity", null).status(),
                "every member sees the identity");
        assertEquals(403, Api.send(partner, password, "PUT", m.base() + "/identity", object().add("colour", "#000000")
                .add("version", 2).build()).status(), "only the administrator changes it");

        Municipality other = Municipality.fresh("identity-other");
        assertTrue(List.of(403, 404).contains(Api.bytes(other.admin(), other.adminPassword(), "GET", m.base()
                + "/identity/logo", null, null).status()), "another municipality's administrator sees nothing");
        assertTrue(List.of(403, 404).contains(other.asAdmin("PUT", m.base() + "/identity", object()
                .add("colour", "#000000").add("version", 2).build()).status()));
        assertEquals("#1A5FA0", m.asAdmin("GET", "identity", null).json().getString("colour"), "nothing changed");
    }

    @Test
    void twoAdministratorsSettingTheColourAtOnceGetOneSuccessAndOneConflict() throws Exception {
        Municipality m = Municipality.fresh("identity-race");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String colour : List.of("#000000", "#1A5FA0")) {
            Callable<Integer> put = () -> {
                start.await();
                return m.asAdmin("PUT", "identity", object().add("colour", colour).add("version", 0).build()).status();
            };
            answers.add(pool.submit(put));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses, "one wins, the other is told it changed meanwhile");
    }

    @Test
    void theTypologyPortfolioOpensInBelgianExcelAsCsvAndAsXlsx() throws Exception {
        Api.Bytes csv = Api.bytes(Demo.STEDEREN_PARTNER, Api.PASSWORD, "GET", Demo.STEDEREN
                + "/instruments/typology/exports/portfolio-csv", null, null);
        assertEquals(200, csv.status());
        assertEquals((byte) 0xEF, csv.body()[0], "UTF-8 with a byte order mark, so Excel reads the accents");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).substring(1);
        String header = text.substring(0, text.indexOf("\r\n"));
        assertEquals(6, header.split(";").length, "cells separated by semicolons: " + header);
        Api.Bytes xlsx = Api.bytes(Demo.STEDEREN_PARTNER, Api.PASSWORD, "GET", Demo.STEDEREN
                + "/instruments/typology/exports/portfolio-xlsx", null, null);
        assertEquals(200, xlsx.status(), new String(xlsx.body()));
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        // the workbook's parts as Excel reads them (the plugin jars on this classpath carry a partial POI of
        // their own, so the writer is read back with POI in its unit test, WorkbooksTest)
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(parts.containsKey("xl/workbook.xml") && parts.containsKey("xl/worksheets/sheet1.xml"), parts.keySet()
                .toString());
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"Portfolio\""), parts.get("xl/workbook.xml"));
        assertTrue(parts.get("xl/sharedStrings.xml").contains("<t>initiatief</t>"), "the Dutch header");
        assertTrue(parts.get("xl/sharedStrings.xml").contains("Zorgwijkoverleg Stederen"), "the demo's initiatives");
        assertTrue(parts.get("xl/styles.xml").contains("<b/>") || parts.get("xl/styles.xml").contains("<b val=\"true\"/>"),
                "a bold header");
        assertEquals(404, Api.bytes(Demo.GEMEENTEGEM_COORDINATOR, Api.PASSWORD, "GET", Demo.STEDEREN
                + "/instruments/typology/exports/portfolio-xlsx", null, null).status(), "not for another municipality");
    }
}
