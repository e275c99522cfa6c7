package ru.gospages.web.upload;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;
import ru.gospages.accounts.WebTables;

/**
 * The files handed in ({@code gp_handin}): one row per period, municipality and file name; and the
 * organisations (INNs) each of them reports for ({@code gp_handin_org}).
 */
public class HandIns {

    private final WebTables tables;
    private final TransactionTemplate transaction;

    public HandIns(WebTables tables, TransactionTemplate transaction) {
        this.tables = tables;
        this.transaction = transaction;
    }

    /** Records a hand-in and the organisations it reports for, replacing an earlier file of the same name. */
    public void record(HandIn handIn, Set<String> organizations) {
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("period", handIn.period())
                .addValue("oktmo", handIn.oktmo()).addValue("fileName", handIn.fileName())
                .addValue("account", handIn.account()).addValue("handedAt", Timestamp.from(handIn.handedAt()))
                .addValue("rowsRead", handIn.rows()).addValue("errors", handIn.errors())
                .addValue("warnings", handIn.warnings()).addValue("sha256", handIn.sha256());
        transaction.executeWithoutResult(status -> {
            tables.jdbc().update(tables.sql().get("deleteHandIn"), row);
            tables.jdbc().update(tables.sql().get("insertHandIn"), row);
            tables.jdbc().update(tables.sql().get("deleteHandInOrganizations"), row);
            tables.jdbc().batchUpdate(tables.sql().get("insertHandInOrganization"), organizations.stream()
                    .sorted().map(inn -> new MapSqlParameterSource(row.getValues()).addValue("inn", inn))
                    .toArray(MapSqlParameterSource[]::new));
        });
    }

    public List<HandIn> of(String period) {
        return tables.jdbc().query(tables.sql().get("handIns"), Map.of("period", period), (rs, n) -> new HandIn(
                rs.getString("period").trim(), rs.getString("oktmo"), rs.getString("file_name"), rs.getString("account_name"),
                rs.getTimestamp("handed_at").toInstant(), rs.getInt("rows_read"), rs.getLong("errors"),
                rs.getLong("warnings"), rs.getString("sha256")));
    }

    /** The INNs the files handed in for a period report for, whatever municipality they were handed in for. */
    public Set<String> reported(String period) {
        return new HashSet<>(tables.jdbc().queryForList(tables.sql().get("handInOrganizations"), Map.of("period", period), String.class));
    }
}
