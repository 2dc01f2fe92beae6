package com.inferplan.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart driven from Java. The library is a static script served from the WebJar
 * (no Vaadin frontend bundle is built here), loaded once per page; options are ECharts JSON. Every
 * chart has a "Save as PNG" button ({@link SaveAsImage}) named by {@link #setFileName}, else by its id.
 */
@Tag("div")
public class EChart extends Div {

    static final String SCRIPT = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    private String optionJson = "{}";
    private String fileName;

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("360px");
    }

    /** Replaces the chart's option; safe before and after attach. */
    public void setOption(String optionJson) {
        this.optionJson = optionJson;
        render();
    }

    /** The PNG's file name, e.g. "pareto frontiers" → inferplan-pareto-frontiers.png. */
    public void setFileName(String fileName) {
        this.fileName = fileName;
        render();
    }

    String fileName() {
        return fileName != null ? fileName : getId().orElse("chart");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        render();
    }

    private void render() {
        getElement().executeJs("""
                const el = this, option = JSON.parse($0);
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  if (!el.$chart) {
                    el.$chart = echarts.init(el);
                    new ResizeObserver(() => el.$chart.resize()).observe(el);
                  }
                  el.$chart.setOption(option, true);
                  el.setAttribute('data-rendered', 'true');
                };
                draw();""", SaveAsImage.addTo(optionJson, fileName()));
    }
}
