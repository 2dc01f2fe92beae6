package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.PortfolioAnswer.CostSpread;
import com.inferplan.backend.portfolio.PortfolioAnswer.Swing;
import com.inferplan.backend.scenario.Wording;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The portfolio board pack's charts: spend per vendor and the tornado of the monthly total (JFreeChart). */
final class PortfolioCharts {

    private PortfolioCharts() {
    }

    /** Each vendor's share of the monthly spend, as the answer's vendorShares gives it. */
    static BufferedImage vendorShares(Map<String, Double> shares, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        shares.forEach((vendor, share) -> data.addValue(share, "share of spend", vendor));
        JFreeChart chart = ChartFactory.createBarChart("Spend per vendor (share of the monthly total)", null,
                "share of spend", data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.getTitle().setFont(ReportCharts.FONT.deriveFont(Font.BOLD, 13f));
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ReportCharts.RANGE);
        bars.setMaximumBarWidth(0.15);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 1.05); // room for the 100% tick label
        axis.setNumberFormatOverride(new DecimalFormat("0%"));
        axis.setLabelFont(ReportCharts.FONT);
        plot.getDomainAxis().setTickLabelFont(ReportCharts.FONT);
        return ReportCharts.draw(chart, width, height);
    }

    /** The change in the monthly total with each input at its low and its high value, the rest at base. */
    static BufferedImage tornado(CostSpread spread, double totalUsdPerMonth, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Swing s : spread.tornado()) {
            // the input's low and high values are in the table under the chart: a long label would be cut
            data.addValue((s.usdPerMonthAtLow() - totalUsdPerMonth) / 1e6, "input low", s.input());
            data.addValue((s.usdPerMonthAtHigh() - totalUsdPerMonth) / 1e6, "input high", s.input());
        }
        return ReportCharts.tornado("Sensitivity of the monthly total (base " + Wording.usd(totalUsdPerMonth / 1e6)
                + " M)", "change in USD million per month", data, width, height);
    }
}
