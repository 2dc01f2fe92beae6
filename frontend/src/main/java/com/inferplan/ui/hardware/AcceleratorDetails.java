package com.inferplan.ui.hardware;

import com.inferplan.backend.support.Quantities;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.DeployableUnit;
import com.inferplan.catalog.FieldFigure;
import com.inferplan.catalog.Figure;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** Every figure of one accelerator with its unit, status, source link and derivation. */
class AcceleratorDetails extends Div {

    AcceleratorDetails() {
        addClassName("ip-details");
        setId("hardware-details");
        showNothing();
    }

    void showNothing() {
        removeAll();
        add(new Paragraph("Select a chip to see every figure with its source."));
    }

    void show(Accelerator a) {
        removeAll();
        H2 title = new H2(a.vendor() + " " + a.name());
        title.getStyle().set("margin-top", "0");
        add(title);
        Span facts = new Span(a.kind().label() + " · " + a.form() + " · " + a.year() + " · id " + a.id());
        facts.addClassName("ip-muted");
        add(facts);
        if (a.userDefined()) {
            Span user = new Span("user-defined");
            user.addClassNames("ip-badge", "ip-user");
            add(new Div(user));
        }
        if (a.notes() != null && !a.notes().isBlank()) {
            add(new Paragraph(a.notes()));
        }
        add(figureTable(a), unitsSection(a));
    }

    private Div figureTable(Accelerator a) {
        Element table = new Element("table");
        table.getClassList().add("ip-figure-table");
        table.appendChild(row("th", "Figure", "Value", "Status", "Source", "Derivation / note"));
        for (FieldFigure ff : a.figures()) {
            Figure f = ff.figure();
            Element tr = new Element("tr");
            tr.setAttribute("data-field", ff.field());
            tr.appendChild(cell(FieldLabels.label(ff.field())));
            Element value = cell(Quantities.format(f.value(), f.unit()));
            value.getClassList().add("ip-num");
            tr.appendChild(value);
            tr.appendChild(new Element("td").appendChild(FigureText.statusBadge(f).getElement()));
            tr.appendChild(new Element("td").appendChild(sourceLink(f).getElement()));
            tr.appendChild(cell(join(f.derivation(), f.note())));
            table.appendChild(tr);
        }
        Div wrapper = new Div();
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Div sourceLink(Figure f) {
        Div div = new Div();
        if (f.source().url() != null) {
            Anchor link = new Anchor(f.source().url(), f.source().title());
            link.setTarget("_blank");
            div.add(link);
        } else {
            div.add(new Span(f.source().title()));
        }
        Span date = new Span(" (" + f.source().date() + ")");
        date.addClassName("ip-muted");
        div.add(date);
        return div;
    }

    private static Div unitsSection(Accelerator a) {
        Div section = new Div();
        Div heading = new Div("Deployable units");
        heading.addClassName("ip-section-title");
        section.add(heading);
        for (DeployableUnit unit : a.units()) {
            section.add(new Paragraph(unit.name() + ": " + unit.chips() + " chip" + (unit.chips() == 1 ? "" : "s")
                    + (unit.description() == null || unit.description().isBlank() ? "" : " — " + unit.description())));
        }
        return section;
    }

    private static Element row(String tag, String... texts) {
        Element tr = new Element("tr");
        for (String text : texts) {
            tr.appendChild(new Element(tag).setText(text));
        }
        return tr;
    }

    private static Element cell(String text) {
        return new Element("td").setText(text);
    }

    private static String join(String derivation, String note) {
        String d = derivation == null ? "" : derivation;
        String n = note == null ? "" : note;
        return d.isEmpty() ? n : n.isEmpty() ? d : d + " — " + n;
    }
}
