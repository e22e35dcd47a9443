/**
 * Who is reconciled and who is told: the departments of {@code config/departments.yml} and the
 * lookup that turns a row's 实施机构 (code, name, alias or credit code) into a department.
 */
package org.egovhub.reconcile.departments;
