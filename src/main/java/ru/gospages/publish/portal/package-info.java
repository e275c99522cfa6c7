/**
 * Putting the open-data tree where readers get it ({@code publish}, SPEC 11): a static folder, a
 * hand-over package for a portal operator, or a CKAN portal (sub-package {@code ckan}); each publish
 * is recorded in the database.
 */
package ru.gospages.publish.portal;
