using IDocBook.Core.Threading;
using Shouldly;

namespace IDocBook.Tests.Threading;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_keep_the_order_of_the_items_whichever_core_finishes_first()
    {
        // Early items take longest, so with several cores they finish last.
        var items = Enumerable.Range(0, 200).ToList();
        var results = OrderedParallel.Select(items, i =>
        {
            Thread.SpinWait((200 - i) * 2_000);
            return $"#{i}";
        });

        results.ShouldBe(items.Select(i => $"#{i}"));
    }

    [Fact]
    public void A_failing_item_fails_the_whole_map()
    {
        var failure = Should.Throw<AggregateException>(() => OrderedParallel.Select([1, 2, 3], i => i == 2 ? throw new InvalidOperationException("two") : i));
        failure.InnerExceptions.ShouldHaveSingleItem().Message.ShouldBe("two");
    }
}
