package com.inferplan.ui.serving;

import com.inferplan.backend.serving.AgenticTaskRequest.Option;
import com.inferplan.backend.serving.AgenticTaskRequest.StatedSpeed;
import com.inferplan.pricing.catalog.ApiPrice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import java.util.Map;

/**
 * One option of the agentic comparison: a deployment (speed from the performance model) or a stated
 * speed, its transport, pass rate and token prices. Choosing a model fills its catalog list price.
 */
class AgenticOptionForm extends Div {

    private final String key;
    private final TextField label = new TextField("Name");
    private final RadioButtonGroup<String> source = new RadioButtonGroup<>("Speed from");
    private final ComboBox<String> model = new ComboBox<>("Model");
    private final ComboBox<String> hardware = new ComboBox<>("Hardware");
    private final IntegerField chips = new IntegerField("Chips");
    private final IntegerField users = new IntegerField("Users sharing a replica");
    private final NumberField tokensPerSecond = new NumberField("Decode speed (tokens/s)");
    private final NumberField firstToken = new NumberField("First token base (s)");
    private final NumberField prefill = new NumberField("Prefill (tokens/s)");
    private final RadioButtonGroup<String> transport = new RadioButtonGroup<>("Transport");
    private final NumberField passPercent = new NumberField("Pass rate (%)");
    private final NumberField usdInput = new NumberField("$ per M input");
    private final NumberField usdCached = new NumberField("$ per M cached input");
    private final NumberField usdOutput = new NumberField("$ per M output");
    private final Span priceSource = new Span();
    private final Function<String, List<ApiPrice>> apiPrices;
    private final List<Component> deploymentFields = List.of(model, hardware, chips, users);
    private final List<Component> statedFields = List.of(tokensPerSecond, firstToken, prefill);

    AgenticOptionForm(String key, Map<String, String> models, Map<String, String> hardwareNames, QueryFields query,
                      int index, Function<String, List<ApiPrice>> apiPrices) {
        this.key = key;
        this.apiPrices = apiPrices;
        addClassName("ip-load-option");
        setId("ag-option-" + key);
        source.setItems("deployment", "stated");
        source.setItemLabelGenerator(s -> s.equals("deployment") ? "Model on hardware" : "Stated speed");
        source.addValueChangeListener(e -> showSource(e.getValue()));
        model.setItems(models.keySet());
        model.setItemLabelGenerator(id -> models.getOrDefault(id, id));
        model.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fillCatalogPrice(e.getValue());
            }
        });
        hardware.setItems(hardwareNames.keySet());
        hardware.setItemLabelGenerator(id -> hardwareNames.getOrDefault(id, id));
        chips.setPlaceholder("auto");
        transport.setItems("http", "websocket");
        transport.setItemLabelGenerator(t -> t.equals("http") ? "HTTP/SSE" : "WebSocket");
        priceSource.addClassName("ip-muted");
        register(query, "options[" + index + "].");
        FormLayout form = new FormLayout(label, source, model, hardware, chips, users, tokensPerSecond, firstToken,
                prefill, transport, passPercent, usdInput, usdCached, usdOutput);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        form.setColspan(label, 2);
        add(form, priceSource);
    }

    Option option() {
        boolean stated = "stated".equals(source.getValue());
        Double pass = passPercent.getValue() == null ? null : passPercent.getValue() / 100;
        return new Option(label.getValue(), stated ? null : model.getValue(), stated ? null : hardware.getValue(),
                stated ? null : chips.getValue(), stated ? null : users.getValue(),
                stated ? new StatedSpeed(tokensPerSecond.getValue(), firstToken.getValue(), prefill.getValue()) : null,
                transport.getValue(), pass, usdInput.getValue(), usdCached.getValue(), usdOutput.getValue());
    }

    void fill(Option option) {
        label.setValue(option.label());
        source.setValue(option.speed() == null ? "deployment" : "stated");
        model.setValue(option.model());
        hardware.setValue(option.hardware());
        chips.setValue(option.chips());
        users.setValue(option.concurrentUsers() == null ? 1 : option.concurrentUsers());
        if (option.speed() != null) {
            tokensPerSecond.setValue(option.speed().outputTokensPerSecond());
            firstToken.setValue(option.speed().firstTokenSeconds());
            prefill.setValue(option.speed().prefillTokensPerSecond());
        }
        transport.setValue(option.transport());
        passPercent.setValue(100 * option.passRate());
        usdInput.setValue(option.usdPerMillionInput());
        usdCached.setValue(option.usdPerMillionCachedInput());
        usdOutput.setValue(option.usdPerMillionOutput());
        priceSource.setText("");
    }

    /** A model's first list price in the pricing catalog, with where it comes from. */
    void fillCatalogPrice(String modelId) {
        List<ApiPrice> prices = modelId == null ? List.of() : apiPrices.apply(modelId);
        if (prices.isEmpty()) {
            priceSource.setText("No list price in the pricing catalog for this model: enter one.");
            return;
        }
        ApiPrice price = prices.get(0);
        usdInput.setValue(price.usdPerMillionInput());
        usdCached.setValue(price.usdPerMillionCachedInput());
        usdOutput.setValue(price.usdPerMillionOutput());
        priceSource.setText("Prices: " + price.provider() + " list price (" + price.source().title() + ").");
    }

    private void showSource(String value) {
        boolean stated = "stated".equals(value);
        deploymentFields.forEach(f -> f.setVisible(!stated));
        statedFields.forEach(f -> f.setVisible(stated));
    }

    private void register(QueryFields query, String field) {
        text(query, "label", field + "label", label);
        text(query, "source", field + "source", source);
        text(query, "model", field + "model", model);
        text(query, "hardware", field + "hardware", hardware);
        whole(query, "chips", field + "chips", chips);
        whole(query, "users", field + "concurrentUsers", users);
        decimal(query, "tps", field + "speed.outputTokensPerSecond", tokensPerSecond);
        decimal(query, "first", field + "speed.firstTokenSeconds", firstToken);
        decimal(query, "prefill", field + "speed.prefillTokensPerSecond", prefill);
        text(query, "transport", field + "transport", transport);
        decimal(query, "pass", field + "passRate", passPercent);
        decimal(query, "in", field + "usdPerMillionInput", usdInput);
        decimal(query, "cached", field + "usdPerMillionCachedInput", usdCached);
        decimal(query, "out", field + "usdPerMillionOutput", usdOutput);
    }

    /** The URL parameter is {@code key-name} and the component's id {@code ag-key-name}. */
    private <C extends Component & HasValue<?, String>> void text(QueryFields query, String name, String field,
                                                                   C component) {
        component.setId("ag-" + key + "-" + name);
        query.add(key + "-" + name, field, component, s -> s, s -> s.isEmpty() ? null : s);
    }

    private <C extends Component & HasValue<?, Integer>> void whole(QueryFields query, String name, String field,
                                                                     C component) {
        component.setId("ag-" + key + "-" + name);
        query.add(key + "-" + name, field, component, Integer::valueOf, String::valueOf);
    }

    private <C extends Component & HasValue<?, Double>> void decimal(QueryFields query, String name, String field,
                                                                    C component) {
        component.setId("ag-" + key + "-" + name);
        query.add(key + "-" + name, field, component, Double::valueOf, Texts::plain);
    }
}
