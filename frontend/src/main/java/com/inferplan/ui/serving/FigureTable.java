package com.inferplan.ui.serving;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A plain figures table (header row, then labelled rows; {@code data-row} names each row for tests). */
final class FigureTable extends Div {

    private final Element body = new Element("tbody");

    FigureTable(List<String> headers) {
        Element table = new Element("table");
        table.getClassList().add("ip-figure-table");
        Element head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setText(h)));
        table.appendChild(new Element("thead").appendChild(head), body);
        getElement().appendChild(table);
    }

    void row(String key, String label, List<String> cells) {
        Element row = new Element("tr").setAttribute("data-row", key);
        row.appendChild(new Element("th").setText(label));
        for (int i = 0; i < cells.size(); i++) {
            Element cell = new Element("td").setText(cells.get(i));
            cell.getClassList().add("ip-num");
            cell.setAttribute("data-col", String.valueOf(i));
            row.appendChild(cell);
        }
        body.appendChild(row);
    }
}
