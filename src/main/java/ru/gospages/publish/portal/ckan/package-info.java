/**
 * The CKAN target: a small client of the CKAN Action API on Spring's {@code RestClient} (errors judged
 * by status and by {@code success}, retries on 5xx and network failures, the token never logged) and
 * the matching of the open-data sets to CKAN datasets and resources by name.
 */
package ru.gospages.publish.portal.ckan;
