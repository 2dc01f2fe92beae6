package com.inferplan.backend.report;

import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostFigures.Spread;
import com.inferplan.backend.scenario.CostFigures.Swing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import java.text.DecimalFormat;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** The board pack's charts, drawn server-side with JFreeChart (headless AWT). */
final class ReportCharts {

    static final Color RANGE = new Color(0x4C78A8);
    static final Color BASE = new Color(0xE45756);
    static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 11);

    private ReportCharts() {
    }

    /** Each priced option's P10–P90 of $/M tokens as a bar, the base case as a dot. */
    static BufferedImage costRanges(List<CandidateResult> priced, int width, int height) {
        int n = priced.size();
        Number[][] starts = new Number[1][n];
        Number[][] ends = new Number[1][n];
        String[] categories = new String[n];
        DefaultCategoryDataset base = new DefaultCategoryDataset();
        for (int i = 0; i < n; i++) {
            CandidateResult o = priced.get(i);
            Spread s = o.cost().blendedSpread();
            categories[i] = (o.index() + 1) + ". " + o.label(true);
            starts[0][i] = s.p10();
            ends[0][i] = s.p90();
            base.addValue(o.cost().usdPerMillionBlendedTokens().value(), "base case", categories[i]);
        }
        DefaultIntervalCategoryDataset ranges = new DefaultIntervalCategoryDataset(new String[] {"P10–P90"},
                categories, starts, ends);
        IntervalBarRenderer bars = new IntervalBarRenderer();
        bars.setSeriesPaint(0, RANGE);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        CategoryAxis axis = new CategoryAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        axis.setMaximumCategoryLabelLines(3);
        axis.setTickLabelFont(FONT);
        // Options can differ a hundredfold (a 671B model beside a 30B one): a log scale keeps every range readable.
        LogAxis usd = new LogAxis("USD per million tokens (input + output), log scale");
        usd.setLabelFont(FONT);
        usd.setTickLabelFont(FONT);
        usd.setNumberFormatOverride(new DecimalFormat("$#,##0.###"));
        usd.setBase(2);
        usd.setTickUnit(new NumberTickUnit(1));
        double low = priced.stream().mapToDouble(o -> o.cost().blendedSpread().p10()).min().orElseThrow();
        double high = priced.stream().mapToDouble(o -> o.cost().blendedSpread().p90()).max().orElseThrow();
        usd.setRange(low / 1.5, high * 1.5);
        CategoryPlot plot = new CategoryPlot(ranges, axis, usd, bars);
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, BASE);
        plot.setDataset(1, base);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return draw(new JFreeChart("Cost per million tokens: P10–P90 and base case", FONT.deriveFont(Font.BOLD, 13f),
                plot, true), width, height);
    }

    /** One option's tornado: the change in $/M with each uncertain input at its P10 and P90. */
    static BufferedImage tornado(CandidateResult option, int width, int height) {
        double base = option.cost().usdPerMillionBlendedTokens().value();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Swing s : option.cost().blendedSpread().tornado()) {
            data.addValue(s.atLow() - base, "input at P10", Report.inputLabel(s.input()));
            data.addValue(s.atHigh() - base, "input at P90", Report.inputLabel(s.input()));
        }
        return tornado("Sensitivity of $/M tokens (base " + com.inferplan.backend.scenario.Wording.usd(base) + ")",
                "change in USD per million tokens", data, width, height);
    }

    /** A horizontal tornado of each input's change from the base at its low and its high value. */
    static BufferedImage tornado(String title, String axisLabel, DefaultCategoryDataset data, int width, int height) {
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, axisLabel, data, PlotOrientation.HORIZONTAL,
                true, false, false);
        chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 13f));
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, RANGE);
        renderer.setSeriesPaint(1, BASE);
        renderer.setMaximumBarWidth(0.15);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        return draw(chart, width, height);
    }

    static BufferedImage draw(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
            p.setRangeGridlineStroke(new BasicStroke(0.5f));
            p.setOutlineVisible(false);
        }
        return chart.createBufferedImage(width, height);
    }
}
