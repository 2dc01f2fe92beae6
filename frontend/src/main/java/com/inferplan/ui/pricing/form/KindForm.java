package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.basis.CostBasis;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one kind of cost basis. {@link #build()} calls the library's constructors, which may
 * still refuse a combination (e.g. prepaid plus financed above the whole contract) with the field named.
 */
public abstract class KindForm extends FormLayout {

    protected final NumericFields numbers = new NumericFields();

    protected KindForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("560px", 3));
    }

    /** Fills the fields from a basis of this kind. */
    public abstract void show(CostBasis basis);

    /** The basis these fields describe; throws the library's input error if a combination is refused. */
    public abstract CostBasis build();

    public boolean validate() {
        return numbers.validate();
    }

    /** The field that a library field name (e.g. "pue" or "rampYear2") is entered in. */
    public Optional<? extends HasValidation> fieldFor(String libraryField) {
        return numbers.field(libraryField);
    }

    /** Current value of a numeric parameter, for the ranges editor (null while empty). */
    public Double valueOf(String parameter) {
        return numbers.field(parameter).map(f -> f.getValue()).orElse(null);
    }

    /** Numeric parameters a range may be given for. */
    public List<String> rangeableParameters() {
        return numbers.parameters();
    }
}
