package com.inferplan.ui.pricing;

import com.inferplan.pricing.explain.Explained;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** A figure shown as its value; clicking it opens its formula and inputs. Estimates carry an "est." mark. */
final class FigureButton extends Button {

    FigureButton(String title, Explained value) {
        this(title, value, true);
    }

    /** Without the unit, for tables whose column header states it. */
    FigureButton(String title, Explained value, boolean withUnit) {
        super((withUnit ? CostText.withUnit(value.value(), value.unit()) : CostText.amount(value.value()))
                + (value.estimatedInputs().isEmpty() ? "" : " · est."));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        addClassName("ip-deals-figure");
        getElement().setAttribute("title", "Open the formula and its inputs");
        addClickListener(e -> FormulaDialog.of(title, value).open());
    }
}
