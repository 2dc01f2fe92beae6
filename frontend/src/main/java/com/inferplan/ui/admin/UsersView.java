package com.inferplan.ui.admin;

import com.inferplan.backend.security.Role;
import com.inferplan.backend.security.UserAccount;
import com.inferplan.backend.security.UserAccountService;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;

/** Admins add users, change their role, disable them or reset a password; every change is audited. */
@RolesAllowed("ADMIN")
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users · InferPlan")
public class UsersView extends VerticalLayout {

    private final UserAccountService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField name = new TextField("User name");
    private final Select<Role> role = roleSelect();
    private final PasswordField password = new PasswordField("Initial password");

    public UsersView(UserAccountService users) {
        this.users = users;
        addClassName("ip-page");
        name.setId("user-name");
        password.setId("user-password");
        role.setId("user-role");
        Button add = new Button("Add user", e -> add());
        add.setId("user-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, role, password, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setWidthFull();
        grid.addColumn(UserAccount::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(UserAccount::role).setHeader("Role");
        grid.addColumn(u -> u.enabled() ? "active" : "disabled").setHeader("State");
        grid.addColumn(UserAccount::createdBy).setHeader("Created by");
        grid.addComponentColumn(u -> new Button("Edit", e -> edit(u))).setHeader("");
        grid.setId("user-grid");
        grid.setAllRowsVisible(true);
        add(new H2("Users"), form, grid);
        refresh();
    }

    private void add() {
        try {
            users.create(name.getValue(), role.getValue().id(), password.getValue());
            Notification.show("Added " + role.getValue().id() + " “" + name.getValue() + "”");
            name.clear();
            password.clear();
            refresh();
        } catch (InvalidInputException e) {
            show(e, Map.of("name", name, "password", password));
        } catch (EditConflictException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void edit(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit “" + user.name() + "”");
        Select<Role> newRole = roleSelect();
        newRole.setValue(Role.parse("role", user.role()));
        Checkbox enabled = new Checkbox("May sign in", user.enabled());
        PasswordField newPassword = new PasswordField("New password (leave empty to keep)");
        Button save = new Button("Save", e -> {
            try {
                users.update(user.name(), newRole.getValue().id(), enabled.getValue(),
                        newPassword.isEmpty() ? null : newPassword.getValue(), user.version());
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                show(ex, Map.of("password", newPassword, "role", newRole));
            } catch (EditConflictException ex) {
                Notification.show(ex.getMessage());
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(newRole, enabled, newPassword));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static void show(InvalidInputException e, Map<String, com.vaadin.flow.component.HasValidation> fields) {
        for (FieldProblem p : e.problems()) {
            var field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(p.message());
                field.setInvalid(true);
            } else {
                Notification.show(p.field() + ": " + p.message());
            }
        }
    }

    private static Select<Role> roleSelect() {
        Select<Role> select = new Select<>();
        select.setLabel("Role");
        select.setItems(Arrays.asList(Role.values()));
        select.setItemLabelGenerator(r -> r.id() + " — " + r.description());
        select.setValue(Role.VIEWER);
        select.setWidth("30em");
        return select;
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
