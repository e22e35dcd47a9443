package org.egovhub.reconcile.departments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hub's departments, read once at start from {@code hub.reconcile.departments-file}. */
@Configuration(proxyBeanMethods = false)
class DepartmentsConfiguration {

    @Bean
    Departments departments(DepartmentsFileProperties properties) {
        return DepartmentsSource.load(properties.departmentsFile());
    }
}
