namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// A stretch of one thread's work that scratch collections are lent for — an article, or one sentence's parse within
/// it (<see cref="ScratchScope"/>): the pools that lent for it take everything back, emptied and trimmed, when it ends.
/// </summary>
internal sealed class ScratchStretch(string name)
{
    // Each lender's take-back, kept as a delegate: a list of exactly Action is filled without the type check an array
    // of an interface costs at every store, and pools lend for a sentence dozens of times an article.
    private readonly List<Action> _takeBacks = [];

    public bool InProgress { get; private set; }

    public void Begin()
    {
        if (InProgress) throw new InvalidOperationException($"A {name} is already in progress on this thread.");
        InProgress = true;
    }

    /// <summary>Records that a pool lent something for this stretch, and how it takes everything back at the end.</summary>
    public void Lent(Action takeBack) => _takeBacks.Add(takeBack);

    /// <summary>Ends the stretch: its lenders take back what they lent; a stretch not in progress is left as it is.</summary>
    public void End()
    {
        if (!InProgress) return;
        try
        {
            foreach (var takeBack in _takeBacks) takeBack();
        }
        finally
        {
            // Even if a take-back failed, the thread must be able to begin its next stretch.
            _takeBacks.Clear();
            InProgress = false;
        }
    }
}
