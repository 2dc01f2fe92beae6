package com.inferplan.ui.chart;

import com.vaadin.flow.component.html.Div;

/** A labelled headline number with a one-line note (unit, basis, or "estimate"). */
public class KpiCard extends Div {

    private final Div value = new Div();
    private final Div note = new Div();

    public KpiCard(String label, String id) {
        addClassName("ip-kpi");
        setId(id);
        Div title = new Div(label);
        title.addClassName("ip-kpi-label");
        value.addClassName("ip-kpi-value");
        note.addClassName("ip-kpi-label");
        add(title, value, note);
    }

    public void show(String valueText, String noteText) {
        value.setText(valueText);
        note.setText(noteText == null ? "" : noteText);
    }
}
