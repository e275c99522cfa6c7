/**
 * What every publish target works on: the period's open-data tree as published
 * ({@link ru.gospages.publish.portal.tree.OpenDataTree}, {@link ru.gospages.publish.portal.tree.TreeFile}),
 * the {@link ru.gospages.publish.portal.tree.Target} interface and the {@link ru.gospages.publish.portal.tree.Delivery}
 * a target reports each file to. Below the targets ({@code portal}, {@code portal.ckan}), so that they do
 * not import each other.
 */
package ru.gospages.publish.portal.tree;
