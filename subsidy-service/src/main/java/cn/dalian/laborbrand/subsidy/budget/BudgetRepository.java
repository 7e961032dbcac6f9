package cn.dalian.laborbrand.subsidy.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** The yearly budgets in the service's own database. */
@Repository
class BudgetRepository {

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Budget> find(int year) {
        return jdbc.sql("SELECT * FROM budget WHERE year = :year").param("year", year).query(BudgetRepository::budget).optional();
    }

    /** The year's budget, held until the transaction ends so that a change of allocation and a reservation do not cross. */
    Optional<Budget> lock(int year) {
        return jdbc.sql("SELECT * FROM budget WHERE year = :year FOR UPDATE").param("year", year).query(BudgetRepository::budget).optional();
    }

    /** Newest year first. */
    List<Budget> findAll() {
        return jdbc.sql("SELECT * FROM budget ORDER BY year DESC").query(BudgetRepository::budget).list();
    }

    /** False when another request created the year's budget first. */
    boolean insertOnce(Budget budget) {
        return jdbc.sql("""
                INSERT INTO budget (year, allocation_fen, reserved_fen, paid_fen, reference, note, set_by, set_at)
                VALUES (:year, :allocation, :reserved, :paid, :reference, :note, :setBy, :setAt)
                ON CONFLICT (year) DO NOTHING
                """)
                .param("year", budget.year())
                .param("allocation", budget.allocation().fen())
                .param("reserved", budget.reserved().fen())
                .param("paid", budget.paid().fen())
                .param("reference", budget.reference())
                .param("note", budget.note())
                .param("setBy", budget.setBy())
                .param("setAt", Timestamp.from(budget.setAt()))
                .update() == 1;
    }

    /** The allocation and who set it; reserved and paid are only ever moved by {@link #reserve}, {@link #settle} and {@link #release}. */
    void updateAllocation(Budget budget) {
        jdbc.sql("""
                UPDATE budget SET allocation_fen = :allocation, reference = :reference, note = :note, set_by = :setBy, set_at = :setAt
                WHERE year = :year
                """)
                .param("year", budget.year())
                .param("allocation", budget.allocation().fen())
                .param("reference", budget.reference())
                .param("note", budget.note())
                .param("setBy", budget.setBy())
                .param("setAt", Timestamp.from(budget.setAt()))
                .update();
    }

    /**
     * Reserves the amount when the balance covers it, in one statement: concurrent approvals queue on the row and each
     * sees the balance the one before left, so together they can never overspend.
     *
     * @return false when the year has no budget or its balance is short
     */
    boolean reserve(int year, Money amount) {
        return jdbc.sql("""
                UPDATE budget SET reserved_fen = reserved_fen + :amount
                WHERE year = :year AND allocation_fen - reserved_fen - paid_fen >= :amount
                """)
                .param("year", year)
                .param("amount", amount.fen())
                .update() == 1;
    }

    /**
     * Moves the amount from reserved to paid, when that much is reserved: the balance (allocation − reserved − paid) stays
     * as it was.
     *
     * @return false when less than the amount is reserved
     */
    boolean settle(int year, Money amount) {
        return jdbc.sql("""
                UPDATE budget SET reserved_fen = reserved_fen - :amount, paid_fen = paid_fen + :amount
                WHERE year = :year AND reserved_fen >= :amount
                """)
                .param("year", year)
                .param("amount", amount.fen())
                .update() == 1;
    }

    /**
     * Gives the amount back to the balance, when that much is reserved.
     *
     * @return false when less than the amount is reserved
     */
    boolean release(int year, Money amount) {
        return jdbc.sql("UPDATE budget SET reserved_fen = reserved_fen - :amount WHERE year = :year AND reserved_fen >= :amount")
                .param("year", year)
                .param("amount", amount.fen())
                .update() == 1;
    }

    private static Budget budget(ResultSet row, int n) throws SQLException {
        return new Budget(row.getInt("year"), new Money(row.getLong("allocation_fen")), new Money(row.getLong("reserved_fen")),
                new Money(row.getLong("paid_fen")), row.getString("reference"), row.getString("note"), row.getString("set_by"),
                row.getTimestamp("set_at").toInstant());
    }
}
