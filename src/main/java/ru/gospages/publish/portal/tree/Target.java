package ru.gospages.publish.portal.tree;

/**
 * One way of putting the tree where readers get it. A target reports every file to the delivery as
 * soon as it is handled and throws on the first failure; what is in the delivery by then is what got
 * published.
 */
public interface Target {

    /** Publishes {@code tree}; {@code period} is the data version the publish is for. */
    void publish(OpenDataTree tree, java.time.YearMonth period, Delivery delivery) throws Exception;

    /** Where the files go, for the record and the messages: a folder, a zip, a portal's address. */
    String destination();
}
