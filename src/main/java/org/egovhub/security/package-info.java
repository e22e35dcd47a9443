/**
 * Who may do what: users and roles kept in the database, HTTP Basic for the APIs, a form login
 * with CSRF protection for the admin pages, and the first administrator created at start.
 */
package org.egovhub.security;
