/**
 * Rules: expressions over cells, interval arithmetic, rule packs and the engine.
 *
 * <pre>{@code
 * RulePack pack = RulePack.standard().plus(RulePack.parse("""
 *     rule MY.001 ERROR 收入总计应等于各项之和
 *       check: [01] R27 + R28 + R29 = R31
 *     """, "mine"));
 * List<Evaluation> results = RuleEngine.evaluate(pack, disclosure);
 * }</pre>
 *
 * <p>A printed figure with d decimals stands for [v − ½·10^−d, v + ½·10^−d]; an identity is PASS when
 * equal as printed, ROUNDING when the intervals overlap, FAIL otherwise — or PARTS_BLANK / TOTAL_BLANK where a
 * total is filled over all-blank parts or the parts under a blank total. See {@code docs/rules.md}.
 */
package io.github.juesuan.rules;
