package org.egovhub.reconcile.departments;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The departments and leaders of the deployment, and the lookup from a row's 实施机构 to its
 * department: by code, name, alias or credit code, ignoring surrounding blanks (credit codes also
 * ignore letter case). A text that names two departments is refused when the list is built.
 */
public final class Departments {

    private final List<Department> all;
    private final List<Leader> leaders;
    private final Map<String, Department> byKey = new HashMap<>();

    public Departments(List<Department> departments, List<Leader> leaders) {
        this.all = List.copyOf(departments);
        this.leaders = List.copyOf(leaders);
        for (Department department : all) {
            add(department.code(), department);
            add(department.name(), department);
            department.aliases().forEach(alias -> add(alias, department));
            if (department.creditCode() != null && !department.creditCode().isBlank()) {
                add(department.creditCode().toUpperCase(Locale.ROOT), department);
            }
        }
    }

    private void add(String key, Department department) {
        if (key == null || key.isBlank()) {
            return;
        }
        Department other = byKey.putIfAbsent(key.trim(), department);
        if (other != null && !other.code().equals(department.code())) {
            throw new IllegalArgumentException("'" + key.trim() + "' names both department " + other.code()
                    + " and department " + department.code());
        }
    }

    /** The department a 实施机构 text names, if any. */
    public Optional<Department> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim();
        Department found = byKey.get(key);
        if (found == null) {
            found = byKey.get(key.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(found);
    }

    /** The department with this code. */
    public Optional<Department> byCode(String code) {
        return all.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** Every department, in file order. */
    public List<Department> all() {
        return all;
    }

    public List<Leader> leaders() {
        return leaders;
    }
}
