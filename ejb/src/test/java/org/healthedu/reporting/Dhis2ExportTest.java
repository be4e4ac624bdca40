package org.healthedu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class Dhis2ExportTest {

    private static final Dhis2Export.Codes CODES = new Dhis2Export.Codes(Map.of(101L, "YX", 151L, "YX-YC"), Map.of(),
            List.of(new Dhis2Export.IndicatorCode("HeParTrain1", "COMPLETED_PARENTS", true)));

    @Test
    void dataValueSetParsesBackWithCodesPeriodAndValues() {
        String json = Dhis2Export.dataValueSet(SampleReports.figures(), CODES, Dhis2Export.Scheme.CODE,
                LocalDate.of(2026, 4, 2));
        JsonObject set = Json.createReader(new StringReader(json)).readObject();
        assertThat(set.getString("dataSet")).isEqualTo("YX-PARENT-2026");
        assertThat(set.getString("period")).isEqualTo("202603");
        assertThat(set.getString("orgUnit")).isEqualTo("YX");
        assertThat(set.getString("completeDate")).isEqualTo("2026-04-02");
        List<String> yx = new ArrayList<>();
        List<String> orgUnits = new ArrayList<>();
        for (JsonValue v : set.getJsonArray("dataValues")) {
            JsonObject value = v.asJsonObject();
            assertThat(value.getString("period")).isEqualTo("202603");
            assertThat(value.getString("categoryOptionCombo")).isEqualTo(Dhis2Export.DEFAULT_COMBO);
            orgUnits.add(value.getString("orgUnit"));
            if (value.getString("orgUnit").equals("YX")) {
                yx.add(value.getString("dataElement") + "=" + value.getString("value"));
            }
        }
        assertThat(orgUnits).contains("YX", "YX-YC", "SITE-7");
        assertThat(yx).contains("HE_SESSIONS_HELD=12", "HE_ENROLLED=40", "HE_ATTENDANCE_RATE=81.25",
                "HE_SATISFACTION_MEAN=4.37");
    }

    @Test
    void uidSchemeNamesTheIndicatorsAndAddsPeerReach() {
        String json = Dhis2Export.dataValueSet(SampleReports.figures(), CODES, Dhis2Export.Scheme.UID,
                LocalDate.of(2026, 4, 2));
        JsonObject set = Json.createReader(new StringReader(json)).readObject();
        assertThat(set.getJsonArray("dataValues")).hasSize(3);
        JsonObject first = set.getJsonArray("dataValues").getJsonObject(0);
        assertThat(first.getString("dataElement")).isEqualTo("HeParTrain1");
        assertThat(first.getString("value")).isEqualTo("23");
    }

    @Test
    void adxParsesBackAsOneGroupPerUnit() throws Exception {
        String xml = Dhis2Export.adx(SampleReports.figures(), CODES, Dhis2Export.Scheme.CODE,
                LocalDate.of(2026, 4, 2), Instant.parse("2026-04-02T02:00:00Z"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element adx = doc.getDocumentElement();
        assertThat(adx.getLocalName()).isEqualTo("adx");
        assertThat(adx.getNamespaceURI()).isEqualTo(Dhis2Export.ADX_NAMESPACE);
        assertThat(adx.getAttribute("exported")).isEqualTo("2026-04-02T02:00:00Z");
        NodeList groups = doc.getElementsByTagNameNS(Dhis2Export.ADX_NAMESPACE, "group");
        assertThat(groups.getLength()).isEqualTo(3);
        assertThat(((Element) groups.item(2)).getAttribute("orgUnit")).isEqualTo("SITE-7");
        Element group = (Element) groups.item(0);
        assertThat(group.getAttribute("orgUnit")).isEqualTo("YX");
        assertThat(group.getAttribute("period")).isEqualTo("2026-03-01/P1M");
        assertThat(group.getAttribute("dataSet")).isEqualTo("YX-PARENT-2026");
        Element first = (Element) group.getElementsByTagNameNS(Dhis2Export.ADX_NAMESPACE, "dataValue").item(0);
        assertThat(first.getAttribute("dataElement")).isEqualTo("HE_SESSIONS_HELD");
        assertThat(first.getAttribute("value")).isEqualTo("12");
    }

    @Test
    void adxPeriods() {
        assertThat(Dhis2Export.adxPeriod(ReportPeriod.quarter(2026, 2))).isEqualTo("2026-04-01/P3M");
        assertThat(Dhis2Export.adxPeriod(ReportPeriod.year(2026))).isEqualTo("2026-01-01/P1Y");
        assertThat(Dhis2Export.adxPeriod(ReportPeriod.project(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))))
                .isEqualTo("2026-03-01/P31D");
    }
}
