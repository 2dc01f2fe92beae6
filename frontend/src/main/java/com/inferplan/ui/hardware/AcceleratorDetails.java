package com.inferplan.ui.hardware;

import com.inferplan.ui.layout.SourceLink;
import com.inferplan.backend.support.Quantities;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.DeployableUnit;
import com.inferplan.catalog.FieldFigure;
import com.inferplan.catalog.Figure;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

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
        Span facts = new Span(FieldLabels.kind(a.kind()) + " · " + a.form() + " · " + a.year() + " · id " + a.id());
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

    /** One block per figure: label, value and status on a line; source and derivation below it. */
    private Div figureTable(Accelerator a) {
        Div list = new Div();
        list.addClassName("ip-figure-list");
        for (FieldFigure ff : a.figures()) {
            Figure f = ff.figure();
            Div item = new Div();
            item.addClassName("ip-figure");
            item.getElement().setAttribute("data-field", ff.field());
            Span label = new Span(FieldLabels.label(ff.field()));
            label.addClassName("ip-figure-label");
            Span value = new Span(Quantities.format(f.value(), f.unit()));
            value.addClassName("ip-figure-value");
            Div head = new Div(label, value, FigureText.statusBadge(f));
            head.addClassName("ip-figure-head");
            item.add(head, sourceLink(f));
            String explanation = join(f.derivation(), f.note());
            if (!explanation.isEmpty()) {
                Div why = new Div(explanation);
                why.addClassName("ip-muted");
                item.add(why);
            }
            list.add(item);
        }
        return list;
    }

    private static Div sourceLink(Figure f) {
        Div div = new Div();
        div.add(SourceLink.of(f.source().url(), f.source().title()));
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

    private static String join(String derivation, String note) {
        String d = derivation == null ? "" : derivation;
        String n = note == null ? "" : note;
        return d.isEmpty() ? n : n.isEmpty() ? d : d + " — " + n;
    }
}
