package com.inferplan.ui.hardware;

import com.inferplan.catalog.Accelerator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** 2–4 chips side by side on the key figures; a figure a chip lacks shows as a dash. */
class ComparisonTable extends Div {

    ComparisonTable(List<Accelerator> chips) {
        setId("hardware-comparison");
        Element table = new Element("table");
        table.getClassList().add("ip-figure-table");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText("Figure"));
        chips.forEach(c -> head.appendChild(new Element("th").setText(c.vendor() + " " + c.name())));
        table.appendChild(head);
        for (KeyFigures figure : KeyFigures.ALL) {
            if (chips.stream().allMatch(c -> figure.of(c).isEmpty())) {
                continue;
            }
            Element tr = new Element("tr");
            tr.setAttribute("data-figure", figure.key());
            tr.appendChild(new Element("td").setText(figure.label()));
            for (Accelerator c : chips) {
                Element td = new Element("td").setText(FigureText.value(figure.of(c)));
                td.getClassList().add("ip-num");
                tr.appendChild(td);
            }
            table.appendChild(tr);
        }
        getElement().appendChild(table);
    }
}
