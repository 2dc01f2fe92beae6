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

    /** How long a chart waits for the library before it says it is missing: a cold, busy 2-core machine needs seconds. */
    static final int SCRIPT_WAIT_MILLIS = 20_000;
    static final String MISSING = "Charts are unavailable: the chart library did not load. Reload the page; if this"
            + " stays, the build lacks the ECharts WebJar.";

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
        EChartsScript.path().ifPresent(script -> attachEvent.getUI().getPage().addJavaScript(script));
        render();
    }

    /**
     * Draws just after the next paint once the library is there, polling at most {@link #SCRIPT_WAIT_MILLIS}; then a message in the
     * chart's place. Resizes follow the element (a ResizeObserver), so a narrower screen or a closing
     * drawer redraws the chart at its new width.
     */
    private void render() {
        getElement().executeJs("""
                const el = this, option = JSON.parse($0), waitUntil = Date.now() + $1;
                const draw = () => {
                  if (!window.echarts) {
                    if (Date.now() < waitUntil) { setTimeout(draw, 50); return; }
                    el.textContent = $2;
                    el.setAttribute('data-rendered', 'missing');
                    return;
                  }
                  if (!el.$chart) {
                    el.$chart = echarts.init(el);
                    new ResizeObserver(() => el.$chart.resize()).observe(el);
                  }
                  // No animation: an update is drawn at once, so a changed answer never shows a chart in motion.
                  if (option.animation === undefined) option.animation = false;
                  el.$chart.setOption(option, true);
                  el.setAttribute('data-rendered', 'true');
                  // Counts drawn options, so a browser test can tell when a chart shows the latest one.
                  el.setAttribute('data-revision', String(Number(el.getAttribute('data-revision') || 0) + 1));
                };
                // After the next paint: text that came in the same update (the explorer's headline) shows
                // first, instead of waiting for the chart to be drawn on the browser's one main thread.
                requestAnimationFrame(() => setTimeout(draw, 0));""", ReadableAxes.addTo(SaveAsImage.addTo(optionJson, fileName())),
                EChartsScript.path().isPresent() ? SCRIPT_WAIT_MILLIS : 0, MISSING);
    }
}
