package com.inferplan.ui.explorer;

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

/**
 * "Open the formula": a number, the formula that produced it, each input with its value and where it
 * comes from (input, vendor-published, reported, assumed, model estimate), and inputs that are
 * themselves computed open the same way, level by level.
 */
class FigureDialog extends Dialog {

    FigureDialog(String title, Figure figure) {
        setHeaderTitle(title);
        setWidth("min(900px, 95vw)");
        setId("figure-dialog");
        add(body(figure, true));
        Button close = new Button("Close", e -> close());
        close.setId("figure-dialog-close");
        getFooter().add(close);
    }

    private static Div body(Figure figure, boolean top) {
        Div body = new Div();
        Div value = new Div(new Span(FigureText.of(figure)));
        value.addClassName(top ? "ipx-dialog-value" : "ipx-dialog-subvalue");
        if (figure.estimate()) {
            value.add(Badges.estimate());
        }
        Pre formula = new Pre(figure.formula());
        formula.addClassName("ipx-formula");
        body.add(value, formula, inputs(figure));
        if (!figure.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            figure.notes().forEach(n -> notes.add(new ListItem(n)));
            notes.addClassName("ipx-notes");
            body.add(notes);
        }
        return body;
    }

    private static Div inputs(Figure figure) {
        Div list = new Div();
        list.addClassName("ipx-inputs-list");
        for (FigureInput input : figure.inputs()) {
            Div row = new Div(new Span(input.name() + " = " + FigureText.value(input.value(), input.unit())),
                    Badges.origin(input.origin()));
            row.addClassName("ipx-input-row");
            list.add(input.derivation() == null ? row : derived(row, input.derivation()));
        }
        return list;
    }

    private static Component derived(Div row, Figure derivation) {
        Details details = new Details(row, body(derivation, false));
        details.addClassName("ipx-derived");
        return details;
    }
}
