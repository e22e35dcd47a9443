package org.egovhub.reconcile.departments;

import org.egovhub.reconcile.DepartmentsFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hub's departments, from the departments file the platform read and checked at start. */
@Configuration(proxyBeanMethods = false)
class DepartmentsConfiguration {

    @Bean
    Departments departments(DepartmentsFile file) {
        return DepartmentsSource.of(file);
    }
}
