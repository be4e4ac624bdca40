package org.healthedu.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A unit's figures as a DHIS2 data value set (JSON, for {@code POST /api/dataValueSets}) and as ADX (IHE QRPH
 * aggregate data exchange, XML): one group per unit (the unit itself and each child unit), one data value per computed
 * measure. Data elements are named by code ({@code HE_NAME}), or, in the UID scheme, by the national DHIS2 uid of the
 * indicators that have one. Values as DHIS2 expects them: counts whole, rates as percentages (0..100, two decimals),
 * means and money with two decimals. See docs/dhis2-mapping.md.
 */
public final class Dhis2Export {

    /** DHIS2's built-in default category option combination: the same uid in every DHIS2 instance. */
    public static final String DEFAULT_COMBO = "HllvX50cXC0";
    public static final String ADX_NAMESPACE = "urn:ihe:qrph:adx:2015";

    /** How data elements are named: by the product's codes ({@code HE_NAME}) or by the indicators' DHIS2 uids. */
    public enum Scheme { CODE, UID }

    /** An indicator with a DHIS2 uid: the measure it is computed from, and whether peer reach is added to it. */
    public record IndicatorCode(String uid, String measure, boolean countsPeerReach) {
    }

    /**
     * What the figures do not carry: org unit codes by unit id (sites: by site id, when a site has a code of its own),
     * and the indicators with a uid.
     */
    public record Codes(Map<Long, String> units, Map<Long, String> sites, List<IndicatorCode> indicators) {
    }

    /** One data value: element, org unit and value (as text). */
    public record Value(String dataElement, String orgUnit, String value) {
    }

    private Dhis2Export() {
    }

    /** The DHIS2 data value set, as JSON text. */
    public static String dataValueSet(ReportFigures figures, Codes codes, Scheme scheme, LocalDate completeDate) {
        String period = figures.period().iso();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Value v : values(figures, codes, scheme)) {
            values.add(Json.createObjectBuilder()
                    .add("dataElement", v.dataElement())
                    .add("period", period)
                    .add("orgUnit", v.orgUnit())
                    .add("categoryOptionCombo", DEFAULT_COMBO)
                    .add("value", v.value()));
        }
        JsonObjectBuilder set = Json.createObjectBuilder()
                .add("dataSet", dataSet(figures))
                .add("period", period)
                .add("orgUnit", orgUnit(figures.total(), codes))
                .add("completeDate", completeDate.toString())
                .add("dataValues", values);
        return set.build().toString();
    }

    /** The ADX message, as XML text. */
    public static String adx(ReportFigures figures, Codes codes, Scheme scheme, LocalDate completeDate,
            Instant exported) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("adx");
            xml.writeDefaultNamespace(ADX_NAMESPACE);
            xml.writeAttribute("exported", exported.truncatedTo(ChronoUnit.SECONDS).toString());
            String period = adxPeriod(figures.period());
            List<Value> values = values(figures, codes, scheme);
            String total = orgUnit(figures.total(), codes);
            // The unit's own group always (an empty one says "reported, nothing to count"), then the child units'.
            List<String> units = new ArrayList<>();
            units.add(total);
            values.stream().map(Value::orgUnit).distinct().filter(u -> !u.equals(total)).forEach(units::add);
            for (String unit : units) {
                xml.writeStartElement("group");
                xml.writeAttribute("orgUnit", unit);
                xml.writeAttribute("period", period);
                xml.writeAttribute("dataSet", dataSet(figures));
                xml.writeAttribute("completeDate", completeDate.toString());
                for (Value v : values) {
                    if (v.orgUnit().equals(unit)) {
                        xml.writeEmptyElement("dataValue");
                        xml.writeAttribute("dataElement", v.dataElement());
                        xml.writeAttribute("value", v.value());
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("ADX not written", e);
        }
        return out.toString();
    }

    /** The unit's values first, then each child unit's, each in the order of {@link Measure}. */
    static List<Value> values(ReportFigures figures, Codes codes, Scheme scheme) {
        List<Value> values = new ArrayList<>();
        List<UnitFigures> units = new ArrayList<>();
        units.add(figures.total());
        if (figures.children() != null) {
            units.addAll(figures.children());
        }
        for (UnitFigures unit : units) {
            String orgUnit = orgUnit(unit, codes);
            if (scheme == Scheme.CODE) {
                for (Measure m : Measure.values()) {
                    BigDecimal value = unit.value(m);
                    if (value != null) {
                        values.add(new Value(m.dataElementCode(), orgUnit, value(m, value)));
                    }
                }
            } else {
                for (IndicatorCode indicator : codes.indicators()) {
                    Measure m = ExportLabels.measureOf(indicator.measure());
                    BigDecimal value = m == null ? null : unit.value(m);
                    if (value == null) {
                        continue;
                    }
                    if (indicator.countsPeerReach() && unit.value(Measure.REACHED_BY_PEERS) != null) {
                        value = value.add(unit.value(Measure.REACHED_BY_PEERS));
                    }
                    values.add(new Value(indicator.uid(), orgUnit, value(m, value)));
                }
            }
        }
        return values;
    }

    /**
     * The org unit code: the organisation unit's code; a site's own code when it has one, else {@code SITE-<id>}
     * (sites have no code in the platform: a national DHIS2 registers them under that code).
     */
    static String orgUnit(UnitFigures unit, Codes codes) {
        if ("SITE".equals(unit.level())) {
            String code = codes.sites().get(unit.unitId());
            return code != null && !code.isBlank() ? code : "SITE-" + unit.unitId();
        }
        String code = codes.units().get(unit.unitId());
        if (code != null && !code.isBlank()) {
            return code;
        }
        return unit.code() == null || unit.code().isBlank() ? "UNIT-" + unit.unitId() : unit.code();
    }

    /** The data set: the project's code (one data set per project in the receiving DHIS2). */
    static String dataSet(ReportFigures figures) {
        return figures.projectCode() == null || figures.projectCode().isBlank() ? "HE_PROJECT_" + figures.projectId()
                : figures.projectCode();
    }

    /** ADX periods are ISO 8601 start and duration: {@code 2026-01-01/P1M}, {@code P3M}, {@code P1Y}, {@code Pnd}. */
    public static String adxPeriod(ReportPeriod period) {
        return period.start() + "/" + switch (period.kind()) {
            case MONTH -> "P1M";
            case QUARTER -> "P3M";
            case YEAR -> "P1Y";
            case PROJECT -> "P" + period.days() + "D";
        };
    }

    static String value(Measure measure, BigDecimal value) {
        return switch (measure.kind()) {
            case COUNT -> value.setScale(0, RoundingMode.HALF_UP).toPlainString();
            case RATE -> value.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case MEAN, MONEY -> value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        };
    }
}
