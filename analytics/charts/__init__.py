"""Chart builders: pure functions from a DataFrame (and labels in the UI language) to a Plotly
figure, one module per page area. They never query data or read Streamlit state."""
