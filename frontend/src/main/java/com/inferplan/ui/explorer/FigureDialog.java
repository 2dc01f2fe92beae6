package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.CostFigures.SourceRef;
import com.inferplan.backend.scenario.Figure;
import com.inferplan.backend.scenario.Figure.FigureInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * "Open the formula": a number, the formula that produced it, each input with its value and where it
 * comes from (input, vendor-published, reported, assumed, model estimate), and inputs that are
 * themselves computed open the same way, level by level. Each input says where it comes from and a
 * cost's sources are listed with their status and date, linked (as {@code /results} carries them).
 */
class FigureDialog extends Dialog {

    FigureDialog(String title, Figure figure) {
        this(title, figure, List.of());
    }

    FigureDialog(String title, Figure figure, List<SourceRef> sources) {
        setHeaderTitle(title);
        setWidth("min(900px, 95vw)");
        setId("figure-dialog");
        add(body(figure, true, sources));
        if (!sources.isEmpty()) {
            add(sourceList(sources));
        }
        Button close = new Button("Close", e -> close());
        close.setId("figure-dialog-close");
        getFooter().add(close);
    }

    private static Div body(Figure figure, boolean top, List<SourceRef> sources) {
        Div body = new Div();
        Div value = new Div(new Span(FigureText.of(figure)));
        value.addClassName(top ? "ipx-dialog-value" : "ipx-dialog-subvalue");
        if (figure.estimate()) {
            value.add(Badges.estimate());
        }
        Pre formula = new Pre(figure.formula());
        formula.addClassName("ipx-formula");
        body.add(value, formula, inputs(figure, sources));
        if (!figure.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            figure.notes().forEach(n -> notes.add(new ListItem(n)));
            notes.addClassName("ipx-notes");
            body.add(notes);
        }
        return body;
    }

    private static Div inputs(Figure figure, List<SourceRef> sources) {
        Div list = new Div();
        list.addClassName("ipx-inputs-list");
        for (FigureInput input : figure.inputs()) {
            Div row = new Div(new Span(input.name() + " = " + FigureText.value(input.value(), input.unit())),
                    Badges.origin(input.origin()));
            row.addClassName("ipx-input-row");
            if (input.derivation() == null) {
                row.add(InputSource.of(input, sources));
            }
            list.add(input.derivation() == null ? row : derived(row, input.derivation(), sources));
        }
        return list;
    }

    private static Component derived(Div row, Figure derivation, List<SourceRef> sources) {
        Details details = new Details(row, body(derivation, false, sources));
        details.addClassName("ipx-derived");
        return details;
    }

    /** Every source of the cost: title (linked), status, date. */
    private static Div sourceList(List<SourceRef> sources) {
        Div section = new Div(new Div("Sources"));
        section.getComponentAt(0).getElement().getClassList().add("ipx-form-heading");
        section.setId("figure-dialog-sources");
        UnorderedList list = new UnorderedList();
        for (SourceRef s : sources) {
            Span status = new Span(s.status());
            status.addClassNames("ip-badge", "reported".equals(s.status()) || "vendor-published".equals(s.status())
                    ? "ipx-sourced" : "ipx-est");
            ListItem item = new ListItem(InputSource.cited(s), new Span(" "), status);
            item.addClassName("ipx-source");
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
