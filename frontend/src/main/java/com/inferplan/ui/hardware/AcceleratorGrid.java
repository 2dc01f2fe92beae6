package com.inferplan.ui.hardware;

import com.inferplan.backend.hardware.HardwareQuery;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.catalog.Accelerator;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lazy, sortable grid of accelerators: a click opens a chip's details, the check boxes pick chips
 * to compare. Sorting works on every figure column (a missing figure sorts lowest).
 */
class AcceleratorGrid extends Composite<Grid<Accelerator>> {

    private static final Map<String, Comparator<Accelerator>> TEXT_SORTS = Map.of(
            "name", Comparator.comparing((Accelerator a) -> a.vendor() + " " + a.name()),
            "kind", Comparator.comparing((Accelerator a) -> a.kind().label()),
            "year", Comparator.comparingInt(Accelerator::year));

    private final HardwareService service;
    private HardwareQuery query = HardwareQuery.ALL;
    private Accelerator opened;
    private Consumer<Accelerator> openListener = a -> { };

    AcceleratorGrid(HardwareService service) {
        this.service = service;
        Grid<Accelerator> grid = getContent();
        grid.setId("hardware-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(a -> a.vendor() + " " + a.name()).setHeader("Chip").setKey("name").setSortProperty("name")
                .setWidth("16em").setFlexGrow(0).setFrozen(true).setTooltipGenerator(a -> a.vendor() + " " + a.name());
        // Widths fit the longest value and the header with its sort arrows; a tooltip repeats every value in full.
        grid.addColumn(a -> kindText(a)).setHeader("Kind").setKey("kind").setSortProperty("kind")
                .setWidth("12em").setFlexGrow(0).setTooltipGenerator(AcceleratorGrid::kindText);
        grid.addColumn(Accelerator::year).setHeader("Year").setKey("year").setSortProperty("year")
                .setWidth("6.5em").setFlexGrow(0);
        for (KeyFigures figure : KeyFigures.ALL) {
            grid.addColumn(a -> FigureText.value(figure.of(a))).setHeader(figure.label()).setKey(figure.key())
                    .setSortProperty(figure.key()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                    .setTooltipGenerator(a -> figure.label() + ": " + FigureText.value(figure.of(a)));
        }
        grid.setItems(new CallbackDataProvider<>(this::fetch, q -> service.list(query).size(), Accelerator::id));
        grid.addItemClickListener(e -> {
            opened = e.getItem();
            openListener.accept(opened);
        });
        grid.setSizeFull();
    }

    private static String kindText(Accelerator a) {
        return FieldLabels.kind(a.kind()) + (a.userDefined() ? " · user-defined" : "");
    }

    private Stream<Accelerator> fetch(Query<Accelerator, Void> q) {
        Stream<Accelerator> items = service.list(query).stream();
        Comparator<Accelerator> order = q.getSortOrders().stream().map(AcceleratorGrid::comparator)
                .reduce(Comparator::thenComparing).orElse(null);
        if (order != null) {
            items = items.sorted(order);
        }
        return items.skip(q.getOffset()).limit(q.getLimit());
    }

    private static Comparator<Accelerator> comparator(QuerySortOrder order) {
        Comparator<Accelerator> c = TEXT_SORTS.get(order.getSorted());
        if (c == null) {
            KeyFigures figure = KeyFigures.ALL.stream().filter(f -> f.key().equals(order.getSorted())).findFirst()
                    .orElseThrow();
            c = Comparator.comparingDouble(figure::sortValue);
        }
        return order.getDirection() == SortDirection.DESCENDING ? c.reversed() : c;
    }

    void refresh(HardwareQuery newQuery) {
        query = newQuery;
        getContent().getDataProvider().refreshAll();
    }

    void onOpened(Consumer<Accelerator> listener) {
        openListener = listener;
    }

    void onChecked(Consumer<List<String>> listener) {
        getContent().addSelectionListener(e -> listener.accept(
                e.getAllSelectedItems().stream().map(Accelerator::id).toList()));
    }

    Optional<Accelerator> opened() {
        return Optional.ofNullable(opened);
    }

    void select(String id) {
        service.catalog().find(id).ifPresent(a -> opened = a);
    }

    List<Accelerator> checked() {
        return List.copyOf(getContent().getSelectedItems());
    }

    void check(Collection<String> ids) {
        Map<String, Accelerator> byId = service.catalog().all().stream()
                .collect(Collectors.toMap(Accelerator::id, Function.identity()));
        ids.stream().map(byId::get).filter(a -> a != null).forEach(getContent()::select);
    }
}
