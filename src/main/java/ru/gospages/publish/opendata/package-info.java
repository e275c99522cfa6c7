/**
 * The open-data bundle of SPEC 7: the datasets (the official pages and the verification figures), their
 * passports ({@code meta.csv}), structures, data versions, {@code list.csv} and {@code datapackage.json},
 * written through {@code publish.files}.
 */
package ru.gospages.publish.opendata;
