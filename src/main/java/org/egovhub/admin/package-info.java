/**
 * The admin console's pages under {@code /admin} (home, queues and dead letters, routes,
 * reconciliation, users, audit): one Thymeleaf layout, Chinese labels, each page calling the
 * capabilities' public services and nothing else; see {@code docs/console.md}.
 */
package org.egovhub.admin;
