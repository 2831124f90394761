using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace GeoGraph.Graph;

/// <summary>
/// <see cref="RangeAttribute"/> for a <see cref="TimeSpan"/> option. <c>[Range(typeof(TimeSpan), …)]</c> converts its
/// bounds through a type converter found by reflection, which a native AOT build cannot keep; these are parsed once.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);

    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    public override bool IsValid(object? value) => value is not TimeSpan span || span >= Minimum && span <= Maximum;

    public override string FormatErrorMessage(string name) => $"The field {name} must be between {Minimum} and {Maximum}.";
}
